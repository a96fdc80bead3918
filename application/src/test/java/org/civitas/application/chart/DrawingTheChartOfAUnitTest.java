package org.civitas.application.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.civitas.application.FakeStore;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.ChartFormat;
import org.civitas.application.port.in.DrawChartQuery;
import org.civitas.application.port.in.DrawChartUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.service.DrawChartService;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class DrawingTheChartOfAUnitTest {

  private static final UnitId DAS = UnitId.of("das");

  @Test
  void the_chart_is_drawn_in_the_format_asked() {
    // given
    DrawChartUseCase drawChart = service(ChartFixtures.das());

    // when
    String svg = drawChart.draw(DrawChartQuery.today(DAS, ChartFormat.SVG));
    String dot = drawChart.draw(DrawChartQuery.today(DAS, ChartFormat.DOT));
    String mermaid = drawChart.draw(DrawChartQuery.today(DAS, ChartFormat.MERMAID));

    // then
    assertThat(svg)
        .isEqualTo(new SvgChart().render(ChartFixtures.tree(ChartFixtures.das(), "das")));
    assertThat(dot).startsWith("digraph \"das\" {");
    assertThat(mermaid).startsWith("flowchart TD\n  u_das[");
  }

  @Test
  void the_chart_starts_at_the_unit_asked_and_leaves_out_the_units_above_it() {
    // given
    DrawChartUseCase drawChart = service(ChartFixtures.das());

    // when
    String mermaid = drawChart.draw(DrawChartQuery.today(DAS, ChartFormat.MERMAID));

    // then
    assertThat(mermaid).contains("u_service_formation[").doesNotContain("prefecture");
  }

  @Test
  void a_unit_dissolved_before_the_day_asked_is_not_drawn() {
    // given the communication service dissolved at the end of 2023 (a date made up for the test)
    DrawChartUseCase drawChart = service(withCommunicationDissolvedEnd2023());

    // when
    String before =
        drawChart.draw(DrawChartQuery.on(DAS, LocalDate.of(2023, 6, 1), ChartFormat.SVG));
    String after =
        drawChart.draw(DrawChartQuery.on(DAS, LocalDate.of(2024, 6, 1), ChartFormat.SVG));

    // then
    assertThat(SvgDrawing.read(before).boxes()).hasSize(5);
    assertThat(before).contains("Service de la Communication");
    assertThat(SvgDrawing.read(after).boxes()).hasSize(4);
    assertThat(after).doesNotContain("Service de la Communication");
  }

  @Test
  void without_a_day_the_chart_is_the_structure_of_today() {
    // given today is 2025-03-01, after the communication service was dissolved
    DrawChartUseCase drawChart = service(withCommunicationDissolvedEnd2023());

    // when
    String today = drawChart.draw(DrawChartQuery.today(DAS, ChartFormat.DOT));

    // then
    assertThat(today).doesNotContain("service-communication").contains("service-formation");
  }

  @Test
  void a_root_that_is_not_stored_is_refused() {
    // given
    DrawChartUseCase drawChart = service(ChartFixtures.das());

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(() -> drawChart.draw(DrawChartQuery.today(UnitId.of("dass"), ChartFormat.SVG)))
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(UnknownId.Kind.UNIT);
              assertThat(e.id()).isEqualTo("dass");
              assertThat(e.on()).isEmpty();
            });
  }

  @Test
  void a_root_not_in_force_on_the_day_is_refused_with_the_day() {
    // given
    DrawChartUseCase drawChart = service(withCommunicationDissolvedEnd2023());
    LocalDate day = LocalDate.of(2024, 6, 1);

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () ->
                drawChart.draw(
                    DrawChartQuery.on(UnitId.of("service-communication"), day, ChartFormat.DOT)))
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("service-communication");
              assertThat(e.on()).contains(day);
            });
  }

  @Test
  void a_query_without_its_root_its_day_or_its_format_is_refused() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> new DrawChartQuery(null, Optional.empty(), ChartFormat.SVG))
        .withMessageContaining("the unit at the top of the chart");
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> new DrawChartQuery(DAS, null, ChartFormat.SVG));
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> new DrawChartQuery(DAS, Optional.empty(), null))
        .withMessageContaining("svg, dot or mermaid");
  }

  @Test
  void a_format_is_named_on_the_command_line_by_its_code() {
    // then
    assertThat(ChartFormat.fromCode("mermaid")).contains(ChartFormat.MERMAID);
    assertThat(ChartFormat.fromCode("svg")).contains(ChartFormat.SVG);
    assertThat(ChartFormat.fromCode("png")).isEmpty();
  }

  private static ImmutableList<OrgUnit> withCommunicationDissolvedEnd2023() {
    return ChartFixtures.das().stream()
        .map(
            u ->
                u.id().value().equals("service-communication")
                    ? ImmutableOrgUnit.copyOf(u)
                        .withLifetime(Period.until(PartialDate.ofDay(2023, 12, 31)))
                    : u)
        .collect(ImmutableList.toImmutableList());
  }

  private static DrawChartUseCase service(List<OrgUnit> units) {
    FakeStore store =
        FakeStore.holding(
            new Snapshot(ImmutableList.copyOf(units), ImmutableList.of(), ImmutableList.of()));
    ClockPort clock =
        ClockPort.of(
            Clock.fixed(ChartFixtures.DAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    return new DrawChartService(store, store, clock);
  }
}
