package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.GetPeriodicReportQuery;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.port.in.PeriodicReport.ActivityReport;
import org.civitas.application.port.in.PeriodicReport.CommitmentReport;
import org.civitas.application.port.in.PeriodicReport.UnitReport;
import org.civitas.application.port.in.RecordIndicatorMeasurementCommand;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * A periodic report gives each commitment's figures at the period's opening and close, replayed
 * from the progress reports made since the record was imported.
 */
class APeriodicReportReplaysTheProgressHistoryTest {

  private static final ReportingPeriod S2_2025 = ReportingPeriod.semester(2025, 2);

  private final FakeStore store = new FakeStore();

  APeriodicReportReplaysTheProgressHistoryTest() {
    Fixtures.civitas(store, LocalDate.of(2024, 1, 2))
        .importSnapshot()
        .importSnapshot(ImportSnapshotCommand.of(Fixtures.moroccoUpe(), "administrateur"));
  }

  @Test
  void without_any_report_both_moments_have_the_figures_of_the_record() {
    // when
    PeriodicReport report = reportOn(S2_2025);

    // then 30 % and 40 % on the last day of both activities, which expected 100 %
    assertThat(report.opening()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(report.closing()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(report.isRunning()).isFalse();
    CommitmentReport upe = upe(report);
    assertThat(upe.progressAtOpening().getAsDouble()).isEqualTo(35.0);
    assertThat(upe.progressAtClosing().getAsDouble()).isEqualTo(35.0);
    assertThat(upe.stateAtClosing()).contains(ScheduleState.BEHIND);
    assertThat(upe.activities())
        .extracting(
            a -> a.atClosing().id(),
            a -> a.atOpening().progress(),
            a -> a.atClosing().progress(),
            ActivityReport::stateAtClosing,
            ActivityReport::reports)
        .containsExactly(
            tuple(Fixtures.SUIVI, 30.0, 30.0, ScheduleState.BEHIND, 0),
            tuple(Fixtures.FORMATION, 40.0, 40.0, ScheduleState.BEHIND, 0));
    assertThat(upe.inState(ScheduleState.BEHIND)).hasSize(2);
    assertThat(upe.inState(ScheduleState.OVERDUE)).isEmpty();
    assertThat(upe.completed()).isEmpty();
  }

  @Test
  void each_moment_takes_the_last_report_made_by_then_else_what_the_next_one_found() {
    // given
    report(LocalDate.of(2025, 3, 10), Fixtures.SUIVI, ActivityStatus.IN_PROGRESS, 50);
    report(LocalDate.of(2025, 9, 15), Fixtures.SUIVI, ActivityStatus.IN_PROGRESS, 70);
    report(LocalDate.of(2026, 2, 1), Fixtures.FORMATION, ActivityStatus.COMPLETED, 100);

    // when
    PeriodicReport report = reportOn(S2_2025);

    // then suivi 50 → 70 by its reports; formation at 40 as its first later report found it
    CommitmentReport upe = upe(report);
    assertThat(upe.activities())
        .extracting(
            a -> a.atOpening().progress(), a -> a.atClosing().progress(), ActivityReport::reports)
        .containsExactly(tuple(50.0, 70.0, 1), tuple(40.0, 40.0, 0));
    assertThat(upe.progressAtOpening().getAsDouble()).isEqualTo(45.0);
    assertThat(upe.progressAtClosing().getAsDouble()).isEqualTo(55.0);
    assertThat(upe.inState(ScheduleState.BEHIND))
        .extracting(a -> a.atClosing().id())
        .containsExactly(Fixtures.SUIVI, Fixtures.FORMATION);
  }

  @Test
  void an_activity_completed_within_the_period_is_named_and_one_left_undone_is_overdue() {
    // given
    report(LocalDate.of(2025, 9, 15), Fixtures.SUIVI, ActivityStatus.IN_PROGRESS, 70);
    report(LocalDate.of(2026, 2, 1), Fixtures.FORMATION, ActivityStatus.COMPLETED, 100);

    // when
    PeriodicReport report = reportOn(ReportingPeriod.quarter(2026, 1));

    // then
    CommitmentReport upe = upe(report);
    assertThat(upe.completed())
        .extracting(a -> a.atClosing().id())
        .containsExactly(Fixtures.FORMATION);
    assertThat(upe.inState(ScheduleState.OVERDUE))
        .extracting(a -> a.atClosing().id())
        .containsExactly(Fixtures.SUIVI);
    assertThat(upe.stateAtClosing()).contains(ScheduleState.OVERDUE);
    assertThat(upe.progressAtOpening().getAsDouble()).isEqualTo(55.0);
    assertThat(upe.progressAtClosing().getAsDouble()).isEqualTo(85.0);
  }

  @Test
  void a_period_opens_where_the_one_before_it_closed() {
    // given a report on the first day of the fourth quarter
    report(LocalDate.of(2025, 10, 1), Fixtures.SUIVI, ActivityStatus.IN_PROGRESS, 60);

    // when
    PeriodicReport third = reportOn(ReportingPeriod.quarter(2025, 3));
    PeriodicReport fourth = reportOn(ReportingPeriod.quarter(2025, 4));

    // then it counts in the fourth quarter, not in the third
    assertThat(upe(fourth).progressAtOpening()).isEqualTo(upe(third).progressAtClosing());
    assertThat(upe(third).progressAtClosing().getAsDouble()).isEqualTo(35.0);
    assertThat(upe(fourth).progressAtClosing().getAsDouble()).isEqualTo(50.0);
    assertThat(upe(fourth).activities().get(0).reports()).isEqualTo(1);
    assertThat(upe(third).activities().get(0).reports()).isZero();
  }

  @Test
  void reports_made_before_the_last_import_are_not_read() {
    // given a report, then the dataset imported again, which replaced the record
    report(LocalDate.of(2025, 9, 15), Fixtures.SUIVI, ActivityStatus.IN_PROGRESS, 90);
    Fixtures.civitas(store, LocalDate.of(2025, 10, 1))
        .importSnapshot()
        .importSnapshot(ImportSnapshotCommand.of(Fixtures.moroccoUpe(), "administrateur"));

    // when
    PeriodicReport report = reportOn(S2_2025);

    // then
    assertThat(upe(report).activities().get(0).atClosing().progress()).isEqualTo(30.0);
    assertThat(upe(report).activities().get(0).reports()).isZero();
  }

  @Test
  void only_the_measurements_whose_whole_date_falls_within_the_period_are_listed() {
    // given the measurement of 2024-12 in the record, and two more
    measure(PartialDate.ofMonth(2025, 10), 5);
    measure(PartialDate.ofYear(2025), 6);

    // when
    PeriodicReport semester = reportOn(S2_2025);
    PeriodicReport year = reportOn(ReportingPeriod.ofYear(2025));

    // then
    assertThat(upe(semester).measurements())
        .extracting(m -> m.indicator(), m -> m.measurement(), m -> m.unit())
        .containsExactly(
            tuple(
                Fixtures.RAPPORTS,
                new Measurement(PartialDate.ofMonth(2025, 10), BigDecimal.valueOf(5)),
                Optional.of("count")));
    assertThat(upe(year).measurements())
        .extracting(m -> m.measurement().date().toString())
        .containsExactly("2025", "2025-10");
  }

  @Test
  void while_the_period_runs_its_close_is_today() {
    // when
    PeriodicReport report =
        Fixtures.civitas(store, LocalDate.of(2025, 8, 20))
            .getPeriodicReport()
            .report(GetPeriodicReportQuery.of(S2_2025));

    // then
    assertThat(report.closing()).isEqualTo(LocalDate.of(2025, 8, 20));
    assertThat(report.isRunning()).isTrue();
  }

  @Test
  void a_period_that_has_not_begun_is_refused() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> reportOn(ReportingPeriod.ofYear(2027)))
        .withMessage(
            "the period 2027 has not begun (today is 2026-11-22): ask for one that has, e.g."
                + " 2026");
  }

  @Test
  void below_a_unit_only_its_subtree_is_rolled_up_and_units_leading_nothing_are_left_out() {
    // given
    FakeStore togo = FakeStore.holding(Ledger.togoWithCommitments());
    Civitas civitas = Fixtures.civitas(togo, Fixtures.CHECK_DAY);

    // when
    PeriodicReport everywhere =
        civitas.getPeriodicReport().report(GetPeriodicReportQuery.of(S2_2025));
    PeriodicReport below =
        civitas
            .getPeriodicReport()
            .report(GetPeriodicReportQuery.of(S2_2025).below(UnitId.of("daed")));

    // then
    assertThat(everywhere.units())
        .extracting(u -> u.unit().id().value(), UnitReport::depth, u -> u.rollUp().commitments())
        .containsExactly(tuple("masspf", 0, 2), tuple("dgpe", 1, 2), tuple("daed", 2, 1));
    assertThat(everywhere.units().get(0).rollUp().states())
        .isEqualTo(Map.of(ScheduleState.BEHIND, 2));
    assertThat(everywhere.units().get(0).meanProgressAtOpening().getAsDouble()).isEqualTo(35.0);
    assertThat(everywhere.commitments())
        .extracting(CommitmentReport::id)
        .containsExactly(Ledger.DGPE_COMMITMENT, Ledger.DAED_COMMITMENT);
    assertThat(below.units())
        .extracting(u -> u.unit().id().value(), UnitReport::depth)
        .containsExactly(tuple("daed", 0));
  }

  @Test
  void an_unknown_unit_is_refused() {
    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () ->
                Fixtures.civitas(store, Fixtures.CHECK_DAY)
                    .getPeriodicReport()
                    .report(GetPeriodicReportQuery.of(S2_2025).below(UnitId.of("dgx"))))
        .withMessage("there is no unit 'dgx': check the id");
  }

  private PeriodicReport reportOn(ReportingPeriod period) {
    return Fixtures.civitas(store, Fixtures.CHECK_DAY)
        .getPeriodicReport()
        .report(GetPeriodicReportQuery.of(period));
  }

  private static CommitmentReport upe(PeriodicReport report) {
    assertThat(report.commitments()).hasSize(1);
    return report.commitments().get(0);
  }

  private void report(LocalDate day, ActivityId activity, ActivityStatus status, double progress) {
    Fixtures.civitas(store, day)
        .reportActivityProgress()
        .report(
            new ReportActivityProgressCommand(
                Fixtures.UPE,
                activity,
                status,
                progress,
                Optional.empty(),
                store.loadCommitment(Fixtures.UPE).orElseThrow().version(),
                "point-focal-msisf"));
  }

  private void measure(PartialDate date, int value) {
    Fixtures.civitas(store, Fixtures.CHECK_DAY)
        .recordIndicatorMeasurement()
        .record(
            new RecordIndicatorMeasurementCommand(
                Fixtures.UPE,
                Fixtures.RAPPORTS,
                new Measurement(date, BigDecimal.valueOf(value)),
                Optional.empty(),
                store.loadCommitment(Fixtures.UPE).orElseThrow().version(),
                "point-focal-msisf"));
  }
}
