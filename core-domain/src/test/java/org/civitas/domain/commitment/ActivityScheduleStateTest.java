package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.activity;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where an activity stands against its dates on a day (SPEC §5). */
class ActivityScheduleStateTest {

  /** 1 January – 10 April 2024: 100 days apart, so 30 % is expected on 31 January. */
  private static Activity hundredDays(ActivityStatus status, double progress) {
    return activity(
        "formation",
        "Organisation des sessions de formation",
        "2024-01-01",
        "2024-04-10",
        status,
        progress,
        1);
  }

  private static final LocalDate THIRTY_PERCENT_DUE = LocalDate.of(2024, 1, 31);

  @Test
  void a_completed_activity_is_completed_whatever_the_day() {
    // given
    Activity activity = hundredDays(ActivityStatus.COMPLETED, 100);

    // when / then
    assertThat(Progress.state(activity, LocalDate.of(2023, 1, 1)))
        .isEqualTo(ScheduleState.COMPLETED);
    assertThat(Progress.state(activity, LocalDate.of(2030, 1, 1)))
        .isEqualTo(ScheduleState.COMPLETED);
  }

  @Test
  void a_cancelled_activity_is_cancelled_even_past_its_end() {
    // given
    Activity activity = hundredDays(ActivityStatus.CANCELLED, 10);

    // when
    ScheduleState state = Progress.state(activity, LocalDate.of(2030, 1, 1));

    // then
    assertThat(state).isEqualTo(ScheduleState.CANCELLED);
  }

  @Test
  void before_its_start_an_activity_has_not_started_yet() {
    // given
    Activity notStarted = hundredDays(ActivityStatus.NOT_STARTED, 0);
    Activity reportedEarly = hundredDays(ActivityStatus.IN_PROGRESS, 5);

    // when / then
    assertThat(Progress.state(notStarted, LocalDate.of(2023, 12, 31)))
        .isEqualTo(ScheduleState.NOT_STARTED_YET);
    assertThat(Progress.state(reportedEarly, LocalDate.of(2023, 12, 31)))
        .isEqualTo(ScheduleState.NOT_STARTED_YET);
  }

  @Test
  void after_its_end_an_unfinished_activity_is_overdue() {
    // given
    Activity activity = hundredDays(ActivityStatus.IN_PROGRESS, 99);

    // when
    ScheduleState lastDay = Progress.state(activity, LocalDate.of(2024, 4, 10));
    ScheduleState dayAfter = Progress.state(activity, LocalDate.of(2024, 4, 11));

    // then
    assertThat(lastDay).isEqualTo(ScheduleState.ON_TRACK);
    assertThat(dayAfter).isEqualTo(ScheduleState.OVERDUE);
  }

  @Test
  void ten_points_below_the_expected_progress_is_still_on_track() {
    // given 30 % expected, 20 % reported
    Activity activity = hundredDays(ActivityStatus.IN_PROGRESS, 20);

    // when
    ScheduleState state = Progress.state(activity, THIRTY_PERCENT_DUE);

    // then
    assertThat(Progress.expected(activity, THIRTY_PERCENT_DUE)).hasValue(30);
    assertThat(state).isEqualTo(ScheduleState.ON_TRACK);
  }

  @Test
  void more_than_ten_points_below_the_expected_progress_is_behind() {
    // given 30 % expected, a hair under 20 % reported
    Activity activity = hundredDays(ActivityStatus.IN_PROGRESS, Math.nextDown(20.0));

    // when
    ScheduleState state = Progress.state(activity, THIRTY_PERCENT_DUE);

    // then
    assertThat(state).isEqualTo(ScheduleState.BEHIND);
  }

  @Test
  void an_activity_not_reported_started_after_its_start_is_judged_on_its_progress() {
    // given 30 % expected, still « not started »
    Activity activity = hundredDays(ActivityStatus.NOT_STARTED, 0);

    // when
    ScheduleState state = Progress.state(activity, THIRTY_PERCENT_DUE);

    // then
    assertThat(state).isEqualTo(ScheduleState.BEHIND);
  }

  @Test
  void an_activity_at_or_ahead_of_its_expected_progress_is_on_track() {
    // given 30 % expected
    Activity atPace = hundredDays(ActivityStatus.IN_PROGRESS, 30);
    Activity ahead = hundredDays(ActivityStatus.IN_PROGRESS, 80);

    // when / then
    assertThat(Progress.state(atPace, THIRTY_PERCENT_DUE)).isEqualTo(ScheduleState.ON_TRACK);
    assertThat(Progress.state(ahead, THIRTY_PERCENT_DUE)).isEqualTo(ScheduleState.ON_TRACK);
  }
}
