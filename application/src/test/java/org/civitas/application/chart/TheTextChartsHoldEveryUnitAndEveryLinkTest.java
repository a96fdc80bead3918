package org.civitas.application.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.application.chart.ChartFixtures.tree;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitKind;
import org.junit.jupiter.api.Test;

/** The Graphviz and Mermaid versions of a chart: same units, same links, text that cannot break. */
class TheTextChartsHoldEveryUnitAndEveryLinkTest {

  private static final Pattern DOT_NODE =
      Pattern.compile("^  \"([a-z0-9-]+)\" \\[label=\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);
  private static final Pattern DOT_EDGE =
      Pattern.compile("^  \"([a-z0-9-]+)\" -> \"([a-z0-9-]+)\";$", Pattern.MULTILINE);
  private static final Pattern MERMAID_NODE =
      Pattern.compile("^  (u_[a-z0-9_]+)\\[\"([^\"]*)\"\\]$", Pattern.MULTILINE);
  private static final Pattern MERMAID_LINK =
      Pattern.compile("^  (u_[a-z0-9_]+) --> (u_[a-z0-9_]+)$", Pattern.MULTILINE);

  private final TreeNode ministry = tree(ChartFixtures.sixtyUnitMinistry(), "msisf");

  @Test
  void the_dot_chart_is_a_top_down_digraph_with_a_node_per_unit_and_an_edge_per_link() {
    // when
    String dot = new DotChart().render(ministry);

    // then
    assertThat(dot).startsWith("digraph \"msisf\" {\n").contains("rankdir=TB").endsWith("}\n");
    assertThat(all(DOT_NODE, dot, 1)).containsExactlyElementsOf(ids(ministry));
    assertThat(all(DOT_EDGE, dot, 1, 2)).containsExactlyInAnyOrderElementsOf(links(ministry));
  }

  @Test
  void a_dot_label_gives_the_acronym_then_the_name_in_lines_then_the_heads_title() {
    // when
    String dot = new DotChart().render(ministry);

    // then
    assertThat(dot)
        .contains(
            "\"d11\" [label=\"D11\\nDirection de la protection et de\\nla promotion sociale n° 11\\nDirecteur\"");
  }

  @Test
  void the_mermaid_chart_is_a_top_down_flowchart_with_a_node_per_unit_and_a_link_per_link() {
    // when
    String mermaid = new MermaidChart().render(ministry);

    // then
    assertThat(mermaid).startsWith("flowchart TD\n");
    assertThat(all(MERMAID_NODE, mermaid, 1))
        .containsExactlyElementsOf(ids(ministry).stream().map(MermaidChart::nodeId).toList());
    assertThat(all(MERMAID_LINK, mermaid, 1, 2))
        .containsExactlyInAnyOrderElementsOf(
            links(ministry).stream()
                .map(link -> link.split(" "))
                .map(ends -> MermaidChart.nodeId(ends[0]) + " " + MermaidChart.nodeId(ends[1]))
                .toList());
    assertThat(mermaid)
        .contains("  u_msisf[\"<b>MSISF</b><br/>Ministère de la Solidarité, de<br/>")
        .contains("<i>Ministre</i>\"]\n")
        .contains("  class u_msisf top\n");
  }

  @Test
  void node_ids_are_safe_for_mermaid_whatever_the_unit_id() {
    // then a hyphen would read as a link, and «end» closes a subgraph
    assertThat(MermaidChart.nodeId("end")).isEqualTo("u_end");
    assertThat(MermaidChart.nodeId("ss-tribunaux")).isEqualTo("u_ss_tribunaux");
  }

  @Test
  void quotes_and_markup_in_names_are_escaped_in_both_notations() {
    // given
    TreeNode cell =
        tree(
            ImmutableList.of(
                ChartFixtures.unit("cellule", UnitKind.CELL, null, "\"Genre\" & <Égalité>")
                    .acronym("C#G")
                    .build(),
                ChartFixtures.unit("bureau", UnitKind.UNIT, "cellule", "Bureau \\ d'ordre")
                    .build()),
            "cellule");

    // when
    String dot = new DotChart().render(cell);
    String mermaid = new MermaidChart().render(cell);

    // then
    assertThat(dot)
        .contains("[label=\"C#G\\n\\\"Genre\\\" & <Égalité>\"")
        .contains("[label=\"Bureau \\\\ d'ordre\"");
    assertThat(all(DOT_NODE, dot, 1)).containsExactly("cellule", "bureau");
    assertThat(mermaid)
        .contains("u_cellule[\"<b>C#35;G</b><br/>#quot;Genre#quot; #amp; #lt;Égalité#gt;\"]")
        .contains("u_bureau[\"Bureau \\ d'ordre\"]");
    assertThat(all(MERMAID_NODE, mermaid, 1)).containsExactly("u_cellule", "u_bureau");
  }

  /** The groups of each match, joined by a space. */
  private static List<String> all(Pattern pattern, String text, int... groups) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      List<String> parts = new ArrayList<>();
      for (int group : groups) {
        parts.add(matcher.group(group));
      }
      found.add(String.join(" ", parts));
    }
    return found;
  }

  /** The ids of the tree's units, depth first. */
  private static List<String> ids(TreeNode node) {
    List<String> ids = new ArrayList<>();
    ids.add(node.unit().id().value());
    node.children().forEach(child -> ids.addAll(ids(child)));
    return ids;
  }

  /** Each parent and child, as "parent child". */
  private static List<String> links(TreeNode node) {
    List<String> links = new ArrayList<>();
    OrgUnit parent = node.unit();
    for (TreeNode child : node.children()) {
      links.add(parent.id() + " " + child.unit().id());
      links.addAll(links(child));
    }
    return links;
  }
}
