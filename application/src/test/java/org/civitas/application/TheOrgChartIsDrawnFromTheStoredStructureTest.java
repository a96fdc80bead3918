package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civitas.application.port.in.ChartFormat;
import org.civitas.application.port.in.DrawChartQuery;
import org.civitas.domain.organization.UnitId;
import org.junit.jupiter.api.Test;

class TheOrgChartIsDrawnFromTheStoredStructureTest {

  @Test
  void civitas_draws_the_chart_of_a_stored_unit() {
    // given
    Civitas civitas =
        Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), LocalDate.of(2025, 3, 1));

    // when
    String mermaid =
        civitas.drawChart().draw(DrawChartQuery.today(UnitId.of("dgpe"), ChartFormat.MERMAID));

    // then
    assertThat(mermaid)
        .startsWith(
            "flowchart TD\n  u_dgpe[\"Direction générale de la<br/>protection de l’enfance\"]\n")
        .contains("  u_dgpe --> u_dpsv\n", "  u_dgpe --> u_daed\n")
        .doesNotContain("u_masspf", "u_dgas");
  }

  @Test
  void a_unit_renamed_since_bears_in_the_chart_the_name_of_the_day_asked() {
    // given
    Civitas civitas =
        Fixtures.civitas(
            FakeStore.holding(Restructured.moroccanMinistry()), LocalDate.of(2026, 11, 22));

    // when
    String in2020 =
        civitas
            .drawChart()
            .draw(DrawChartQuery.on(Restructured.MSISF, LocalDate.of(2020, 6, 1), ChartFormat.DOT));
    String today =
        civitas.drawChart().draw(DrawChartQuery.today(Restructured.MSISF, ChartFormat.DOT));

    // then (the labels wrapped at about thirty letters a line)
    assertThat(in2020.replace("\\n", " "))
        .contains("label=\"" + Restructured.NAME_2019 + "\"")
        .doesNotContain("MSISF");
    assertThat(today.replace("\\n", " "))
        .contains("label=\"MSISF " + Restructured.NAME_2021 + "\"");
  }
}
