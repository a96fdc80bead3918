package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.activity;
import static org.civitas.domain.Fixtures.upeCommitment;

import org.junit.jupiter.api.Test;

/** A commitment's progress is the weighted mean of its activities' progress. */
class CommitmentProgressTest {

  private static Activity activityAt(
      String id, ActivityStatus status, double progress, double weight) {
    return activity(id, "Jalon " + id, "2024-01", "2025-12", status, progress, weight);
  }

  @Test
  void a_heavier_activity_counts_more() {
    // given weights 1 and 3, progress 0 and 100
    Commitment commitment =
        upeCommitment()
            .withActivities(
                activityAt("a", ActivityStatus.NOT_STARTED, 0, 1),
                activityAt("b", ActivityStatus.COMPLETED, 100, 3));

    // when
    var progress = Progress.of(commitment);

    // then
    assertThat(progress).hasValue(75);
  }

  @Test
  void only_the_ratio_of_weights_matters() {
    // given weights 0.5 and 1.5, progress 0 and 100
    Commitment commitment =
        upeCommitment()
            .withActivities(
                activityAt("a", ActivityStatus.NOT_STARTED, 0, 0.5),
                activityAt("b", ActivityStatus.COMPLETED, 100, 1.5));

    // when
    var progress = Progress.of(commitment);

    // then
    assertThat(progress).hasValue(75);
  }

  @Test
  void a_cancelled_activity_is_left_out() {
    // given the seed's 30 % and 40 %, and a heavy cancelled activity at 0 %
    Commitment commitment =
        upeCommitment()
            .withActivities(
                activityAt("suivi", ActivityStatus.IN_PROGRESS, 30, 1),
                activityAt("formation", ActivityStatus.IN_PROGRESS, 40, 1),
                activityAt("abandon", ActivityStatus.CANCELLED, 0, 5));

    // when
    var progress = Progress.of(commitment);

    // then
    assertThat(progress).hasValue(35);
  }

  @Test
  void one_activity_gives_its_own_progress_to_the_last_digit() {
    // given
    Commitment commitment =
        upeCommitment().withActivities(activityAt("a", ActivityStatus.IN_PROGRESS, 1.02e-4, 5));

    // when
    var progress = Progress.of(commitment);

    // then
    assertThat(progress).hasValue(1.02e-4);
  }

  @Test
  void the_mean_is_taken_of_the_percentages_as_written() {
    // given 0.1 % and 0.2 %, whose doubles sum to 0.30000000000000004
    Commitment commitment =
        upeCommitment()
            .withActivities(
                activityAt("a", ActivityStatus.IN_PROGRESS, 0.1, 1),
                activityAt("b", ActivityStatus.IN_PROGRESS, 0.2, 1));

    // when
    var progress = Progress.of(commitment);

    // then
    assertThat(progress).hasValue(0.15);
  }

  @Test
  void without_an_activity_that_counts_there_is_no_figure() {
    // given
    Commitment none = upeCommitment().withActivities();
    Commitment onlyCancelled =
        upeCommitment().withActivities(activityAt("abandon", ActivityStatus.CANCELLED, 50, 1));

    // when / then
    assertThat(Progress.of(none)).isEmpty();
    assertThat(Progress.of(onlyCancelled)).isEmpty();
  }
}
