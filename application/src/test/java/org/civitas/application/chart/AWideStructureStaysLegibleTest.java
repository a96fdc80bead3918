package org.civitas.application.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.application.chart.ChartFixtures.tree;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.domain.organization.TreeNode;
import org.junit.jupiter.api.Test;

class AWideStructureStaysLegibleTest {

  private final SvgChart chart = new SvgChart();

  @Test
  void the_four_services_of_the_das_stand_side_by_side_under_it() {
    // given
    TreeNode das = tree(ChartFixtures.das(), "das");

    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(das));

    // then
    SvgDrawing.Box division = drawing.box("das");
    List<SvgDrawing.Box> services = drawing.boxes().subList(1, 5);
    assertThat(services).extracting(SvgDrawing.Box::y).containsOnly(services.get(0).y());
    assertThat(services.get(0).y()).isGreaterThan(division.y() + division.height());
    assertThat(services).extracting(SvgDrawing.Box::x).isSorted().doesNotHaveDuplicates();
    assertThat(drawing.width()).isLessThanOrEqualTo(1000);
    // the division is centred over its services
    double centre = division.x() + division.width() / 2;
    SvgDrawing.Box first = services.get(0);
    SvgDrawing.Box last = services.get(3);
    assertThat(centre).isEqualTo((first.x() + first.width() / 2 + last.x() + last.width() / 2) / 2);
  }

  @Test
  void a_ministry_of_sixty_units_is_wrapped_into_rows_no_wider_than_2000_pixels() {
    // given
    TreeNode ministry = tree(ChartFixtures.sixtyUnitMinistry(), "msisf");

    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(ministry));

    // then
    assertThat(drawing.boxes()).hasSize(60);
    assertThat(drawing.width()).isLessThanOrEqualTo(2000);
    Set<Double> rowsOfTheMinistrysUnits =
        ministry.children().stream()
            .map(child -> drawing.box(child.unit().id().value()).y())
            .collect(Collectors.toSet());
    assertThat(rowsOfTheMinistrysUnits).hasSizeGreaterThan(1);
  }

  @Test
  void the_services_of_a_directorate_are_listed_one_below_the_other() {
    // given
    TreeNode ministry = tree(ChartFixtures.sixtyUnitMinistry(), "msisf");

    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(ministry));

    // then
    SvgDrawing.Box directorate = drawing.box("d11");
    List<SvgDrawing.Box> services =
        List.of(drawing.box("s111"), drawing.box("s112"), drawing.box("s113"));
    assertThat(services).extracting(SvgDrawing.Box::x).containsOnly(directorate.x() + 24);
    assertThat(services.get(0).y()).isGreaterThan(directorate.y() + directorate.height());
    assertThat(services.get(1).y()).isGreaterThan(services.get(0).y() + services.get(0).height());
    assertThat(services.get(2).y()).isGreaterThan(services.get(1).y() + services.get(1).height());
  }

  @Test
  void a_long_name_is_wrapped_onto_several_lines_of_its_box() {
    // given
    TreeNode das = tree(ChartFixtures.das(), "das");

    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(das));

    // then
    assertThat(drawing.box("service-coordination-sociale").lines())
        .extracting(SvgDrawing.Line::text)
        .containsExactly(
            "Service de la", "Coordination Sociale", "Inter Préfectorale et", "Inter Provinciale");
  }

  @Test
  void boxes_side_by_side_share_the_height_of_the_tallest() {
    // given
    TreeNode das = tree(ChartFixtures.das(), "das");

    // when
    SvgDrawing drawing = SvgDrawing.read(chart.render(das));

    // then
    assertThat(drawing.boxes().subList(1, 5))
        .extracting(SvgDrawing.Box::height)
        .containsOnly(drawing.box("service-coordination-sociale").height());
  }
}
