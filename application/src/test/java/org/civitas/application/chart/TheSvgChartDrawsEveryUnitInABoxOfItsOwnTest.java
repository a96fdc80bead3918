package org.civitas.application.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.application.chart.ChartFixtures.tree;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Stream;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.text.LocalizedText;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TheSvgChartDrawsEveryUnitInABoxOfItsOwnTest {

  private final SvgChart chart = new SvgChart();

  static Stream<Arguments> structures() {
    return Stream.of(
        Arguments.of(Named.of("the DAS", tree(ChartFixtures.das(), "das"))),
        Arguments.of(
            Named.of(
                "a ministry of sixty units", tree(ChartFixtures.sixtyUnitMinistry(), "msisf"))));
  }

  @Test
  void the_chart_is_well_formed_svg_titled_with_its_top_unit() {
    // given
    TreeNode das = tree(ChartFixtures.das(), "das");

    // when
    String svg = chart.render(das);

    // then
    SvgDrawing drawing = SvgDrawing.read(svg);
    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
    assertThat(svg).contains("font-family=\"DejaVu Sans, Arial, sans-serif\"");
    assertThat(drawing.title()).isEqualTo("DAS — Division de l’Action Sociale");
    assertThat(drawing.boxes()).hasSize(5);
  }

  @Test
  void a_box_reads_the_acronym_in_bold_then_the_name_then_the_heads_title() {
    // given
    TreeNode das = tree(ChartFixtures.das(), "das");

    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(das));

    // then
    SvgDrawing.Box box = drawing.box("das");
    assertThat(box.title()).isEqualTo("DAS — Division de l’Action Sociale");
    assertThat(box.text()).isEqualTo("DAS Division de l’Action Sociale Chef de la Division");
    assertThat(box.lines().get(0).bold()).isTrue();
    assertThat(box.lines().subList(1, box.lines().size()))
        .allSatisfy(line -> assertThat(line.bold()).isFalse());
  }

  @ParameterizedTest
  @MethodSource("structures")
  void every_unit_of_the_subtree_has_its_box_and_no_other_unit_has_one(TreeNode root) {
    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(root));

    // then
    List<OrgUnit> units = units(root);
    assertThat(drawing.boxes()).hasSize(units.size());
    for (OrgUnit unit : units) {
      SvgDrawing.Box box = drawing.box(unit.id().value());
      assertThat(box.title()).isEqualTo(unit.label());
      assertThat(box.text()).contains(unit.name().text());
    }
  }

  @ParameterizedTest
  @MethodSource("structures")
  void no_two_boxes_overlap(TreeNode root) {
    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(root));

    // then
    List<SvgDrawing.Box> boxes = drawing.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).overlaps(boxes.get(j)))
            .as("%s overlaps %s", boxes.get(i).id(), boxes.get(j).id())
            .isFalse();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("structures")
  void every_line_of_text_fits_inside_its_box(TreeNode root) {
    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(root));

    // then
    for (SvgDrawing.Box box : drawing.boxes()) {
      for (SvgDrawing.Line line : box.lines()) {
        assertThat(TextMeasure.width(line.text(), line.size(), line.bold()))
            .as("width of '%s' in %s", line.text(), box.id())
            .isLessThanOrEqualTo(box.width() - 2 * SvgChart.PADDING);
        assertThat(line.x()).isEqualTo(box.x() + box.width() / 2);
        assertThat(line.baseline() - line.size())
            .as("top of '%s' in %s", line.text(), box.id())
            .isGreaterThanOrEqualTo(box.y());
        assertThat(line.baseline() + 0.3 * line.size())
            .as("bottom of '%s' in %s", line.text(), box.id())
            .isLessThanOrEqualTo(box.y() + box.height());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("structures")
  void connectors_reach_every_box_and_run_through_none(TreeNode root) {
    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(root));

    // then
    for (SvgDrawing.Box box : drawing.boxes()) {
      assertThat(drawing.connectors())
          .as("a connector to %s", box.id())
          .anyMatch(s -> s.touches(box));
      assertThat(drawing.connectors())
          .as("a connector through %s", box.id())
          .noneMatch(s -> s.crosses(box));
    }
  }

  @ParameterizedTest
  @MethodSource("structures")
  void the_view_box_holds_every_box_with_a_margin_and_no_more(TreeNode root) {
    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(root));

    // then
    double left = drawing.boxes().stream().mapToDouble(SvgDrawing.Box::x).min().orElseThrow();
    double top = drawing.boxes().stream().mapToDouble(SvgDrawing.Box::y).min().orElseThrow();
    double right = drawing.boxes().stream().mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
    double bottom =
        drawing.boxes().stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
    assertThat(left).isEqualTo(20);
    assertThat(top).isEqualTo(20);
    assertThat(drawing.width() - right).isEqualTo(20);
    assertThat(drawing.height() - bottom).isEqualTo(20);
  }

  @Test
  void markup_characters_are_escaped_and_accents_and_arabic_are_written_as_they_are() {
    // given a unit whose name holds every markup character, and one named in Arabic
    String markup = "Cellule \"Genre\" & <Égalité> de l'équipe";
    String arabic = "قسم العمل الاجتماعي";
    TreeNode root =
        tree(
            ImmutableList.of(
                ChartFixtures.unit("cellule", UnitKind.CELL, null, markup)
                    .acronym("C&G")
                    .addPosts(Post.vacant(LocalizedText.of("fr", "Chef <intérim>"), PostRole.HEAD))
                    .build(),
                OrgUnit.builder()
                    .id(UnitId.of("qism"))
                    .kind(UnitKind.SERVICE)
                    .name(LocalizedText.of("ar", arabic))
                    .addParents(ParentLink.always(UnitId.of("cellule")))
                    .build()),
            "cellule");

    // when
    String svg = chart.render(root);

    // then the parser reads back the very text
    SvgDrawing drawing = SvgDrawing.read(svg);
    assertThat(drawing.box("cellule").text()).isEqualTo("C&G " + markup + " Chef <intérim>");
    assertThat(drawing.box("qism").text()).isEqualTo(arabic);
    assertThat(svg)
        .contains("&quot;Genre&quot; &amp; &lt;Égalité&gt;", "l&apos;équipe", arabic)
        .doesNotContain("\"Genre\"", "<Égalité>");
  }

  private static List<OrgUnit> units(TreeNode node) {
    ImmutableList.Builder<OrgUnit> units = ImmutableList.builder();
    units.add(node.unit());
    node.children().forEach(child -> units.addAll(units(child)));
    return units.build();
  }
}
