package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which days a reporting period holds, and which day it starts from. */
class ReportingPeriodBoundsTest {

  private final ReportingPeriod secondSemester = ReportingPeriod.semester(2025, 2);

  @Test
  void a_period_starts_from_the_record_of_its_eve() {
    // when / then
    assertThat(secondSemester.eve()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(ReportingPeriod.ofYear(2025).eve()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void its_first_and_last_days_are_inside_and_their_neighbours_outside() {
    // when / then
    assertThat(secondSemester.contains(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(secondSemester.contains(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(secondSemester.contains(LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(secondSemester.contains(LocalDate.of(2026, 1, 1))).isFalse();
  }

  @Test
  void a_date_is_enclosed_when_every_day_it_covers_is_inside() {
    // when / then
    assertThat(secondSemester.encloses(PartialDate.parse("2025-12"))).isTrue();
    assertThat(secondSemester.encloses(PartialDate.parse("2025-07-01"))).isTrue();
    assertThat(secondSemester.encloses(PartialDate.parse("2025-06"))).isFalse();
    assertThat(secondSemester.encloses(PartialDate.parse("2026-01"))).isFalse();
    assertThat(secondSemester.encloses(PartialDate.parse("2025"))).isFalse();
    assertThat(ReportingPeriod.ofYear(2025).encloses(PartialDate.parse("2025"))).isTrue();
  }
}
