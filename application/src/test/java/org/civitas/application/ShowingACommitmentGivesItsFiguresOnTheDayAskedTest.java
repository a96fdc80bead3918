package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.CommitmentView.ActivityFigures;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

class ShowingACommitmentGivesItsFiguresOnTheDayAskedTest {

  @Test
  void seed_004_is_35_percent_done_and_overdue_on_22_november_2026() {
    // given
    Civitas civitas =
        Fixtures.civitas(FakeStore.holding(Fixtures.moroccoUpe()), Fixtures.CHECK_DAY);

    // when
    CommitmentView upe = civitas.showCommitment().show(ShowCommitmentQuery.today(Fixtures.UPE));

    // then
    assertThat(upe.asOf()).isEqualTo(Fixtures.CHECK_DAY);
    assertThat(upe.version()).isEqualTo(1);
    assertThat(upe.progress().getAsDouble()).isCloseTo(35.0, within(1e-9));
    assertThat(upe.state()).contains(ScheduleState.OVERDUE);
    assertThat(upe.activities())
        .extracting(
            a -> a.activity().id().value(),
            a -> a.expectedProgress().getAsDouble(),
            ActivityFigures::state)
        .containsExactly(
            tuple("suivi", 100.0, ScheduleState.OVERDUE),
            tuple("formation", 100.0, ScheduleState.OVERDUE));
  }

  @Test
  void on_an_earlier_day_the_activity_that_lags_is_behind_and_the_other_on_track() {
    // given 1 December 2024: 335 of the 730 days gone, 45.9 % expected
    Civitas civitas =
        Fixtures.civitas(FakeStore.holding(Fixtures.moroccoUpe()), Fixtures.CHECK_DAY);
    LocalDate day = LocalDate.of(2024, 12, 1);

    // when
    CommitmentView upe = civitas.showCommitment().show(ShowCommitmentQuery.on(Fixtures.UPE, day));

    // then
    assertThat(upe.asOf()).isEqualTo(day);
    assertThat(upe.activities().get(0).expectedProgress().getAsDouble())
        .isCloseTo(100.0 * 335 / 730, within(1e-9));
    assertThat(upe.activities())
        .extracting(ActivityFigures::state)
        .containsExactly(ScheduleState.BEHIND, ScheduleState.ON_TRACK);
    assertThat(upe.state()).contains(ScheduleState.BEHIND);
  }

  @Test
  void an_indicator_shows_its_latest_measurement_and_achievement() {
    // given baseline 0, target 8, measured 3
    Civitas civitas =
        Fixtures.civitas(FakeStore.holding(Fixtures.moroccoUpe()), Fixtures.CHECK_DAY);

    // when
    CommitmentView upe = civitas.showCommitment().show(ShowCommitmentQuery.today(Fixtures.UPE));

    // then
    assertThat(upe.indicators()).hasSize(1);
    assertThat(upe.indicators().get(0).latest())
        .contains(new Measurement(PartialDate.ofMonth(2024, 12), BigDecimal.valueOf(3)));
    assertThat(upe.indicators().get(0).achievement().getAsDouble()).isCloseTo(37.5, within(1e-9));
  }

  @Test
  void an_unknown_commitment_is_refused() {
    // given
    Civitas civitas =
        Fixtures.civitas(FakeStore.holding(Fixtures.moroccoUpe()), Fixtures.CHECK_DAY);

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () -> civitas.showCommitment().show(ShowCommitmentQuery.today(CommitmentId.of("cppe"))))
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(UnknownId.Kind.COMMITMENT);
              assertThat(e.getMessage()).isEqualTo("there is no commitment 'cppe': check the id");
            });
  }
}
