package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.upeCommitment;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SPEC §5's check on seed 004: the figures of the UPE commitment, as the page gives it. */
class UpeSeedCheckTest {

  private final Commitment upe = upeCommitment();
  private final Activity suivi = upe.activity(ActivityId.of("suivi")).orElseThrow();
  private final Activity formation = upe.activity(ActivityId.of("formation")).orElseThrow();

  @Test
  void its_progress_is_the_mean_of_30_and_40_percent() {
    // given the seed's two activities at 30 % and 40 %, weight 1 each

    // when
    var progress = Progress.of(upe);

    // then
    assertThat(progress).hasValue(35.0);
  }

  @Test
  void on_22_november_2026_both_activities_and_the_commitment_are_overdue() {
    // given
    LocalDate day = LocalDate.of(2026, 11, 22);

    // when
    var suiviState = Progress.state(suivi, day);
    var formationState = Progress.state(formation, day);
    var commitmentState = Progress.state(upe, day);

    // then
    assertThat(suiviState).isEqualTo(ScheduleState.OVERDUE);
    assertThat(formationState).isEqualTo(ScheduleState.OVERDUE);
    assertThat(commitmentState).contains(ScheduleState.OVERDUE);
  }

  @Test
  void on_30_june_2024_both_activities_are_on_track_against_181_days_of_730() {
    // given January 2024 – December 2025 runs from 2024-01-01 to 2025-12-31: 730 days
    LocalDate day = LocalDate.of(2024, 6, 30);
    double expected = 100.0 * 181 / 730;

    // when
    var suiviExpected = Progress.expected(suivi, day);
    var formationExpected = Progress.expected(formation, day);

    // then 30 and 40 are both at least 24.79… − 10
    assertThat(suiviExpected).hasValue(expected);
    assertThat(formationExpected).hasValue(expected);
    assertThat(Progress.state(suivi, day)).isEqualTo(ScheduleState.ON_TRACK);
    assertThat(Progress.state(formation, day)).isEqualTo(ScheduleState.ON_TRACK);
    assertThat(Progress.state(upe, day)).contains(ScheduleState.ON_TRACK);
  }

  @Test
  void its_indicators_have_no_achievement_for_the_page_gives_no_figure() {
    // given the four indicators of the page, without baseline, target or measurement

    // when
    var achievements = upe.indicators().stream().map(Indicator::achievement).toList();

    // then
    assertThat(achievements).hasSize(4).allSatisfy(a -> assertThat(a).isEmpty());
  }
}
