package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.replacing;
import static org.civitas.domain.Fixtures.togoMinistry;

import java.time.LocalDate;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The structure changes only on the day a unit or a parent link starts and on the day after one
 * ends, so it is checked on those days and on one day before them all.
 */
class ChangeDatesTest {

  private static final UnitId MASSPF = UnitId.of("masspf");
  private static final UnitId SG = UnitId.of("sg");
  private static final UnitId DGC = UnitId.of("dgc");

  @Test
  void a_chart_without_dates_never_changes_and_is_checked_on_one_day() {
    // given the Togo ministry, whose seed gives no date
    OrgChart togo = togoMinistry();

    // when / then
    assertThat(togo.changeDates()).isEmpty();
    assertThat(togo.daysToCheck()).containsExactly(LocalDate.of(2000, 1, 1));
  }

  @Test
  void a_lifetime_changes_the_structure_on_its_first_day_and_the_day_after_its_last() {
    // given the DGC established in March 2015 and dissolved in 2023
    OrgChart togo = togoMinistry();
    OrgChart chart =
        replacing(
            togo,
            ImmutableOrgUnit.copyOf(togo.unit(DGC).orElseThrow())
                .withLifetime(Period.of(PartialDate.parse("2015-03"), PartialDate.parse("2023"))));

    // when / then
    assertThat(chart.changeDates())
        .containsExactly(LocalDate.of(2015, 3, 1), LocalDate.of(2024, 1, 1));
    assertThat(chart.daysToCheck())
        .containsExactly(
            LocalDate.of(2015, 2, 28), LocalDate.of(2015, 3, 1), LocalDate.of(2024, 1, 1));
  }

  @Test
  void a_parent_link_changes_the_structure_on_its_first_day_and_the_day_after_its_last() {
    // given the SG under the ministry until June 2024, and again from 15 January 2026
    OrgChart togo = togoMinistry();
    OrgChart chart =
        replacing(
            togo,
            ImmutableOrgUnit.copyOf(togo.unit(SG).orElseThrow())
                .withParents(
                    new ParentLink(MASSPF, Period.until(PartialDate.parse("2024-06"))),
                    new ParentLink(MASSPF, Period.from(PartialDate.parse("2026-01-15")))));

    // when / then
    assertThat(chart.changeDates())
        .containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 1, 15));
  }
}
