package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.GetProgressQuery;
import org.civitas.application.port.in.ProgressReport;
import org.civitas.application.port.in.ProgressReport.UnitProgress;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.UnitId;
import org.junit.jupiter.api.Test;

class ProgressRollsUpUnitByUnitTest {

  private final Civitas civitas =
      Fixtures.civitas(FakeStore.holding(Ledger.togoWithCommitments()), Fixtures.CHECK_DAY);

  @Test
  void every_unit_counts_the_commitments_of_its_whole_subtree() {
    // when
    ProgressReport report = civitas.getProgress().progress(GetProgressQuery.everywhere());

    // then
    assertThat(report.asOf()).isEqualTo(Fixtures.CHECK_DAY);
    assertThat(report.units())
        .extracting(
            row -> row.unit().id().value(), UnitProgress::depth, row -> row.rollUp().commitments())
        .containsExactly(
            tuple("masspf", 0, 2),
            tuple("sg", 1, 0),
            tuple("dgas", 1, 0),
            tuple("dpa", 2, 0),
            tuple("dgpe", 1, 2),
            tuple("dpsv", 2, 0),
            tuple("daed", 2, 1));
    assertThat(report.units().get(0).rollUp().states()).isEqualTo(Map.of(ScheduleState.OVERDUE, 2));
    assertThat(report.units().get(0).commitments()).isEmpty();
    assertThat(report.units().get(6).commitments())
        .extracting(CommitmentSummary::id)
        .containsExactly(Ledger.DAED_COMMITMENT);
  }

  @Test
  void below_a_unit_on_an_earlier_day_the_states_are_those_of_that_day() {
    // when
    ProgressReport report =
        civitas
            .getProgress()
            .progress(
                GetProgressQuery.everywhere()
                    .below(UnitId.of("dgpe"))
                    .asOf(LocalDate.of(2024, 12, 1)));

    // then
    assertThat(report.units())
        .extracting(row -> row.unit().id().value())
        .containsExactly("dgpe", "dpsv", "daed");
    assertThat(report.units().get(0).rollUp().states()).isEqualTo(Map.of(ScheduleState.BEHIND, 2));
    assertThat(report.units().get(0).rollUp().meanProgress().getAsDouble()).isEqualTo(35.0);
  }

  @Test
  void an_unknown_unit_is_refused() {
    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () ->
                civitas
                    .getProgress()
                    .progress(GetProgressQuery.everywhere().below(UnitId.of("dggpf"))));
  }
}
