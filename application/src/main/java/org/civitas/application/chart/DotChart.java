package org.civitas.application.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civitas.domain.organization.TreeNode;

/**
 * An org chart as Graphviz source ({@code dot -Tsvg chart.dot}): one box per unit labelled with its
 * acronym, its name and its head's title, one edge from each unit to each of its children.
 */
public final class DotChart implements ChartRenderer {

  @Override
  public String render(TreeNode root, LocalDate day) {
    StringBuilder out = new StringBuilder();
    out.append("digraph ")
        .append(quoted(root.unit().id().value()))
        .append(" {\n")
        .append("  graph [rankdir=TB, splines=ortho, nodesep=0.3, ranksep=0.5];\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"")
        .append("DejaVu Sans")
        .append("\", fontsize=11, color=\"#7b8fa8\", fillcolor=\"#ffffff\"];\n")
        .append("  edge [arrowhead=none, color=\"#8a9bb0\"];\n");
    List<String> edges = new ArrayList<>();
    node(root, day, 0, out, edges);
    edges.forEach(out::append);
    return out.append("}\n").toString();
  }

  private static void node(
      TreeNode node, LocalDate day, int depth, StringBuilder out, List<String> edges) {
    UnitCard card = UnitCard.of(node.unit(), day);
    List<String> lines = new ArrayList<>();
    card.acronym().ifPresent(lines::add);
    lines.addAll(card.nameLines());
    card.head().ifPresent(lines::add);
    out.append("  ")
        .append(quoted(card.id()))
        .append(" [label=")
        .append(quoted(String.join("\n", lines)))
        .append(
            depth == 0
                ? ", fillcolor=\"#1d3557\", color=\"#1d3557\", fontcolor=\"#ffffff\""
                : depth == 1 ? ", fillcolor=\"#e3ecf6\", color=\"#1d3557\"" : "")
        .append("];\n");
    for (TreeNode child : node.children()) {
      edges.add("  " + quoted(card.id()) + " -> " + quoted(child.unit().id().value()) + ";\n");
      node(child, day, depth + 1, out, edges);
    }
  }

  /** A DOT string: backslashes and quotes escaped, line breaks as Graphviz writes them. */
  static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
