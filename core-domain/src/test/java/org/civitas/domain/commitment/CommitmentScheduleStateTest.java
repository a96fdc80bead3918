package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.activity;
import static org.civitas.domain.Fixtures.upeCommitment;
import static org.civitas.domain.commitment.ActivityStatus.CANCELLED;
import static org.civitas.domain.commitment.ActivityStatus.COMPLETED;
import static org.civitas.domain.commitment.ActivityStatus.IN_PROGRESS;
import static org.civitas.domain.commitment.ActivityStatus.NOT_STARTED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A commitment stands where its worst activity stands, cancelled ones left out. */
class CommitmentScheduleStateTest {

  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

  /** One activity in each state on {@link #DAY}, its id the code of that state. */
  private static final List<Activity> ONE_IN_EACH_STATE =
      List.of(
          jalon("overdue", "2024-01", "2024-03", IN_PROGRESS, 50),
          jalon("behind", "2024-01", "2024-12", IN_PROGRESS, 0),
          jalon("on-track", "2024-01", "2024-12", IN_PROGRESS, 60),
          jalon("not-started-yet", "2025-01", "2025-12", NOT_STARTED, 0),
          jalon("completed", "2024-01", "2024-03", COMPLETED, 100),
          jalon("cancelled", "2024-01", "2024-03", CANCELLED, 0));

  private static Activity jalon(
      String id, String start, String end, ActivityStatus status, double progress) {
    return activity(id, "Jalon " + id, start, end, status, progress, 1);
  }

  private static Activity in(ScheduleState state) {
    return ONE_IN_EACH_STATE.stream()
        .filter(a -> a.id().value().equals(state.code()))
        .findFirst()
        .orElseThrow();
  }

  private static Commitment withActivities(Activity... activities) {
    return upeCommitment().withActivities(activities);
  }

  @Test
  void the_fixture_activities_stand_where_their_names_say() {
    // given the activities above

    // when / then
    ONE_IN_EACH_STATE.forEach(
        activity ->
            assertThat(Progress.state(activity, DAY).code()).isEqualTo(activity.id().value()));
  }

  @ParameterizedTest(name = "{0} is worse than {1}")
  @CsvSource({
    "OVERDUE, BEHIND",
    "BEHIND, ON_TRACK",
    "ON_TRACK, NOT_STARTED_YET",
    "NOT_STARTED_YET, COMPLETED",
    "OVERDUE, COMPLETED"
  })
  void the_worse_state_wins_in_either_order(ScheduleState worse, ScheduleState better) {
    // given
    Commitment worseFirst = withActivities(in(worse), in(better));
    Commitment betterFirst = withActivities(in(better), in(worse));

    // when / then
    assertThat(Progress.state(worseFirst, DAY)).contains(worse);
    assertThat(Progress.state(betterFirst, DAY)).contains(worse);
  }

  @Test
  void a_cancelled_activity_does_not_count() {
    // given a cancelled activity past its end beside one on track
    Commitment commitment = withActivities(in(ScheduleState.CANCELLED), in(ScheduleState.ON_TRACK));

    // when
    var state = Progress.state(commitment, DAY);

    // then
    assertThat(state).contains(ScheduleState.ON_TRACK);
  }

  @Test
  void a_commitment_whose_activities_are_all_completed_or_cancelled_is_completed() {
    // given
    Commitment commitment =
        withActivities(in(ScheduleState.COMPLETED), in(ScheduleState.CANCELLED));

    // when
    var state = Progress.state(commitment, DAY);

    // then
    assertThat(state).contains(ScheduleState.COMPLETED);
  }

  @Test
  void a_commitment_without_activities_has_no_state() {
    // given
    Commitment none = withActivities();
    Commitment onlyCancelled = withActivities(in(ScheduleState.CANCELLED));

    // when / then
    assertThat(Progress.state(none, DAY)).isEmpty();
    assertThat(Progress.state(onlyCancelled, DAY)).isEmpty();
  }
}
