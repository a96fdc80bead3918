package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A period holds every day from its start's first day to its end's last day; a missing bound is
 * open.
 */
class PeriodContainsTest {

  private final Period janvier2024ToDecembre2025 =
      Period.of(PartialDate.parse("2024-01"), PartialDate.parse("2025-12"));

  @Test
  void both_bounds_are_inside() {
    // given January 2024 – December 2025

    // when
    boolean firstDay = janvier2024ToDecembre2025.contains(LocalDate.of(2024, 1, 1));
    boolean lastDay = janvier2024ToDecembre2025.contains(LocalDate.of(2025, 12, 31));

    // then
    assertThat(firstDay).isTrue();
    assertThat(lastDay).isTrue();
  }

  @Test
  void the_days_just_outside_are_not() {
    // given January 2024 – December 2025

    // when
    boolean dayBefore = janvier2024ToDecembre2025.contains(LocalDate.of(2023, 12, 31));
    boolean dayAfter = janvier2024ToDecembre2025.contains(LocalDate.of(2026, 1, 1));

    // then
    assertThat(dayBefore).isFalse();
    assertThat(dayAfter).isFalse();
  }

  @Test
  void a_period_without_end_runs_on_for_ever() {
    // given
    Period from2024 = Period.from(PartialDate.parse("2024"));

    // when / then
    assertThat(from2024.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(from2024.contains(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(from2024.lastDay()).isEmpty();
  }

  @Test
  void a_period_without_start_reaches_back_for_ever() {
    // given
    Period until2024 = Period.until(PartialDate.parse("2024"));

    // when / then
    assertThat(until2024.contains(LocalDate.of(1, 1, 1))).isTrue();
    assertThat(until2024.contains(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(until2024.firstDay()).isEmpty();
  }

  @Test
  void a_period_without_bounds_holds_every_day() {
    // given
    Period always = Period.ALWAYS;

    // when / then
    assertThat(always.contains(LocalDate.of(1, 1, 1))).isTrue();
    assertThat(always.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(always.isBounded()).isFalse();
  }
}
