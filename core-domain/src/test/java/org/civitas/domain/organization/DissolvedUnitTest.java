package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.replacing;
import static org.civitas.domain.Fixtures.togoMinistry;

import java.time.LocalDate;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** A unit is in the structure from its establishment to its dissolution, and not after. */
class DissolvedUnitTest {

  private static final UnitId DGAS = UnitId.of("dgas");
  private static final UnitId DGC = UnitId.of("dgc");

  private static OrgChart withLifetime(UnitId id, Period lifetime) {
    OrgChart togo = togoMinistry();
    return replacing(
        togo, ImmutableOrgUnit.copyOf(togo.unit(id).orElseThrow()).withLifetime(lifetime));
  }

  @Test
  void a_unit_vanishes_the_day_after_its_dissolution() {
    // given the DGC dissolved in December 2023
    OrgChart chart = withLifetime(DGC, Period.until(PartialDate.parse("2023-12")));

    // when
    Hierarchy lastDay = chart.on(LocalDate.of(2023, 12, 31));
    Hierarchy dayAfter = chart.on(LocalDate.of(2024, 1, 1));

    // then
    assertThat(lastDay.contains(DGC)).isTrue();
    assertThat(lastDay.unit(DGC)).map(OrgUnit::id).contains(DGC);
    assertThat(lastDay.children(DGAS))
        .extracting(UnitId::value)
        .containsExactly("dpa", "dpph", "dgc");
    assertThat(dayAfter.contains(DGC)).isFalse();
    assertThat(dayAfter.unit(DGC)).isEmpty();
    assertThat(dayAfter.children(DGAS)).extracting(UnitId::value).containsExactly("dpa", "dpph");
    assertThat(dayAfter.units()).hasSize(22);
  }

  @Test
  void a_unit_appears_on_its_establishment() {
    // given the DGC established on 1 March 2024
    OrgChart chart = withLifetime(DGC, Period.from(PartialDate.parse("2024-03-01")));

    // when
    Hierarchy dayBefore = chart.on(LocalDate.of(2024, 2, 29));
    Hierarchy firstDay = chart.on(LocalDate.of(2024, 3, 1));

    // then
    assertThat(dayBefore.contains(DGC)).isFalse();
    assertThat(firstDay.parent(DGC)).contains(DGAS);
  }

  @Test
  void the_units_under_a_dissolved_unit_stand_as_roots_rather_than_disappear() {
    // given the DGAS dissolved in 2023, its directions not
    OrgChart chart = withLifetime(DGAS, Period.until(PartialDate.parse("2023")));

    // when
    Hierarchy in2024 = chart.on(LocalDate.of(2024, 6, 30));

    // then
    assertThat(in2024.contains(DGAS)).isFalse();
    assertThat(in2024.roots())
        .extracting(UnitId::value)
        .containsExactly("masspf", "dpa", "dpph", "dgc");
    assertThat(in2024.parent(DGC)).isEmpty();
  }

  @Test
  void a_unit_is_established_and_dissolved_on_the_bounds_of_its_lifetime() {
    // given the DGC established in March 2015 and dissolved in 2023
    OrgChart chart =
        withLifetime(DGC, Period.of(PartialDate.parse("2015-03"), PartialDate.parse("2023")));

    // when
    OrgUnit dgc = chart.unit(DGC).orElseThrow();

    // then
    assertThat(dgc.established()).contains(PartialDate.parse("2015-03"));
    assertThat(dgc.dissolved()).contains(PartialDate.parse("2023"));
    assertThat(togoMinistry().unit(DGC).orElseThrow().established()).isEmpty();
  }
}
