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
}
