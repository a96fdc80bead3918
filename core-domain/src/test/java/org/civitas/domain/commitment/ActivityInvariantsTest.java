package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.domain.Fixtures.fr;
import static org.civitas.domain.Fixtures.period;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An activity that cannot exist cannot be made: a progress outside 0–100, no weight, dates
 * inverted.
 */
class ActivityInvariantsTest {

  private static Activity suivi(double progress, double weight) {
    return new Activity(
        ActivityId.of("suivi"),
        fr("Suivi de l’appui"),
        period("2024-01", "2025-12"),
        ActivityStatus.IN_PROGRESS,
        progress,
        weight);
  }

  private static void assertRefused(ThrowingCallable making, Invariant invariant) {
    assertThatThrownBy(making)
        .isInstanceOfSatisfying(
            InvariantViolation.class, e -> assertThat(e.invariant()).isEqualTo(invariant));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.001, 100.001, 101, Double.NaN, Double.POSITIVE_INFINITY})
  void a_progress_outside_0_to_100_is_refused(double progress) {
    // given a progress that is no percentage

    // when / then
    assertRefused(() -> suivi(progress, 1), Invariant.VALUE_RANGE);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 100})
  void the_bounds_of_a_percentage_are_accepted(double progress) {
    // given
    // when
    Activity activity = suivi(progress, 1);

    // then
    assertThat(activity.progress()).isEqualTo(progress);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void a_weight_that_is_not_a_positive_number_is_refused(double weight) {
    // given a weight an activity cannot have

    // when / then
    assertRefused(() -> suivi(30, weight), Invariant.VALUE_RANGE);
  }

  @Test
  void an_activity_ending_before_it_starts_cannot_be_made() {
    // given December 2025 – January 2024

    // when / then
    assertRefused(() -> period("2025-12", "2024-01"), Invariant.PERIOD_INVERTED);
  }

  @Test
  void a_new_report_keeps_the_rest_of_the_activity_and_is_checked_too() {
    // given the seed's activity at 30 %
    Activity activity = suivi(30, 1);

    // when
    Activity reported = activity.reported(ActivityStatus.COMPLETED, 100);

    // then
    assertThat(reported)
        .isEqualTo(
            new Activity(
                activity.id(),
                activity.title(),
                activity.period(),
                ActivityStatus.COMPLETED,
                100,
                1));
    assertRefused(() -> activity.reported(ActivityStatus.IN_PROGRESS, 130), Invariant.VALUE_RANGE);
  }
}
