package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether every day of one period falls within another, as an activity within its commitment. */
class PeriodEnclosesTest {

  private static Period period(String start, String end) {
    return Period.of(PartialDate.parse(start), PartialDate.parse(end));
  }

  @Test
  void a_period_encloses_one_within_its_bounds_bounds_included() {
    // given 2024 – 2025
    Period commitment = period("2024", "2025");

    // when / then
    assertThat(commitment.encloses(period("2024-01", "2025-12"))).isTrue();
    assertThat(commitment.encloses(period("2024-01-01", "2025-12-31"))).isTrue();
    assertThat(commitment.encloses(period("2024-06", "2024-09"))).isTrue();
  }

  @Test
  void a_period_does_not_enclose_one_that_spills_over_either_bound() {
    // given 2024 – 2025
    Period commitment = period("2024", "2025");

    // when / then
    assertThat(commitment.encloses(period("2023-12-31", "2025-12"))).isFalse();
    assertThat(commitment.encloses(period("2024-01", "2026-01-01"))).isFalse();
  }

  @Test
  void an_open_bound_encloses_anything_on_its_side_and_is_enclosed_by_nothing_closed() {
    // given
    Period from2024 = Period.from(PartialDate.parse("2024"));

    // when / then
    assertThat(from2024.encloses(period("2030", "2040"))).isTrue();
    assertThat(Period.ALWAYS.encloses(from2024)).isTrue();
    assertThat(period("2024", "2025").encloses(from2024)).isFalse();
    assertThat(from2024.encloses(Period.until(PartialDate.parse("2025")))).isFalse();
  }
}
