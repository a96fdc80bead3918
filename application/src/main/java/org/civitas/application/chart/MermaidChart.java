package org.civitas.application.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civitas.domain.organization.TreeNode;

/**
 * An org chart as a Mermaid flowchart, which code forges and documentation sites draw in place: one
 * node per unit (acronym in bold, name, head's title in italics), one link per parent and child.
 */
public final class MermaidChart implements ChartRenderer {

  @Override
  public String render(TreeNode root, LocalDate day) {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    List<String> links = new ArrayList<>();
    List<List<String>> byDepth = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    node(root, day, 0, out, links, byDepth);
    links.forEach(out::append);
    out.append("  classDef top fill:#1d3557,stroke:#1d3557,color:#ffffff\n")
        .append("  classDef first fill:#e3ecf6,stroke:#1d3557,color:#1d3557\n")
        .append("  classDef deeper fill:#ffffff,stroke:#7b8fa8,color:#1f2933\n");
    String[] classes = {"top", "first", "deeper"};
    for (int depth = 0; depth < byDepth.size(); depth++) {
      if (byDepth.get(depth).isEmpty()) {
        continue;
      }
      out.append("  class ")
          .append(String.join(",", byDepth.get(depth)))
          .append(' ')
          .append(classes[depth])
          .append('\n');
    }
    return out.toString();
  }

  private static void node(
      TreeNode node,
      LocalDate day,
      int depth,
      StringBuilder out,
      List<String> links,
      List<List<String>> byDepth) {
    UnitCard card = UnitCard.of(node.unit(), day);
    String id = nodeId(card.id());
    List<String> lines = new ArrayList<>();
    card.acronym().ifPresent(a -> lines.add("<b>" + escape(a) + "</b>"));
    card.nameLines().forEach(line -> lines.add(escape(line)));
    card.head().ifPresent(h -> lines.add("<i>" + escape(h) + "</i>"));
    out.append("  ").append(id).append("[\"").append(String.join("<br/>", lines)).append("\"]\n");
    byDepth.get(Math.min(depth, STYLES - 1)).add(id);
    for (TreeNode child : node.children()) {
      links.add("  " + id + " --> " + nodeId(child.unit().id().value()) + "\n");
      node(child, day, depth + 1, out, links, byDepth);
    }
  }

  /** The top unit, its children, and the units further down are coloured apart. */
  private static final int STYLES = 3;

  /**
   * A node id Mermaid cannot misread: unit ids are slugs, whose hyphens Mermaid could take for a
   * link and some of whose words ({@code end}) are keywords, so each gets a prefix and underscores.
   * Slugs hold no underscore, so two units never share a node id.
   */
  static String nodeId(String unitId) {
    return "u_" + unitId.replace('-', '_');
  }

  /**
   * Text safe inside a quoted Mermaid label: Mermaid reads {@code #name;} as a character, so the
   * quote, the markup characters and {@code #} itself are written that way.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '&' -> out.append("#amp;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '`' -> out.append("#96;");
                default -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
              }
            });
    return out.toString();
  }
}
