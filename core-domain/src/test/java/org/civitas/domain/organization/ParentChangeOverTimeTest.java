package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.replacing;
import static org.civitas.domain.Fixtures.togoMinistry;

import java.time.LocalDate;
import java.util.List;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** A unit placed under another parent on a date stands under each parent in its own time. */
class ParentChangeOverTimeTest {

  private static final UnitId MASSPF = UnitId.of("masspf");
  private static final UnitId SG = UnitId.of("sg");
  private static final UnitId DPSSE = UnitId.of("dpsse");

  /** The planning directorate under the ministry until June 2024, under the SG from July 2024. */
  private final OrgChart chart =
      replacing(
          togoMinistry(),
          ImmutableOrgUnit.copyOf(togoMinistry().unit(DPSSE).orElseThrow())
              .withParents(
                  List.of(
                      new ParentLink(MASSPF, Period.until(PartialDate.parse("2024-06"))),
                      new ParentLink(SG, Period.from(PartialDate.parse("2024-07"))))));

  @Test
  void before_the_change_it_stands_under_its_first_parent() {
    // given
    LocalDate lastDayUnderMinistry = LocalDate.of(2024, 6, 30);

    // when
    Hierarchy hierarchy = chart.on(lastDayUnderMinistry);

    // then
    assertThat(hierarchy.parent(DPSSE)).contains(MASSPF);
    assertThat(hierarchy.children(MASSPF)).contains(DPSSE);
    assertThat(hierarchy.children(SG)).doesNotContain(DPSSE);
  }

  @Test
  void from_the_change_on_it_stands_under_its_new_parent() {
    // given
    LocalDate firstDayUnderSg = LocalDate.of(2024, 7, 1);

    // when
    Hierarchy hierarchy = chart.on(firstDayUnderSg);

    // then
    assertThat(hierarchy.parent(DPSSE)).contains(SG);
    assertThat(hierarchy.children(SG)).containsExactly(DPSSE);
    assertThat(hierarchy.children(MASSPF)).doesNotContain(DPSSE);
    assertThat(hierarchy.ancestors(DPSSE)).containsExactly(SG, MASSPF);
  }

  @Test
  void the_change_date_is_one_of_the_days_the_structure_changes() {
    // given
    // when
    var changes = chart.changeDates();

    // then
    assertThat(changes).containsExactly(LocalDate.of(2024, 7, 1));
    assertThat(chart.daysToCheck())
        .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1));
  }
}
