package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Comparator;
import org.civitas.application.port.in.GetPeriodicReportQuery;
import org.civitas.application.port.in.GetPeriodicReportUseCase;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.port.in.PeriodicReport.ActivityReport;
import org.civitas.application.port.in.PeriodicReport.CommitmentReport;
import org.civitas.application.port.in.PeriodicReport.IndicatorMeasurement;
import org.civitas.application.port.in.PeriodicReport.UnitReport;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentsPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Progress;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.ReportingPeriod;

/**
 * Replays the record to the period's opening and close from the progress history in the audit log
 * (see {@link ProgressHistory} for the rule), then rolls both up on the structure in force at the
 * close, each commitment under the unit that leads it at the close.
 */
public final class GetPeriodicReportService implements GetPeriodicReportUseCase {

  private final Led.Reader reader;
  private final AuditLogPort auditLog;
  private final ClockPort clock;

  public GetPeriodicReportService(
      LoadUnitsPort units,
      LoadSubtreePort subtrees,
      LoadCommitmentsPort commitments,
      LoadRestructuringsPort restructurings,
      AuditLogPort auditLog,
      ClockPort clock) {
    this.reader = new Led.Reader(units, subtrees, commitments, restructurings);
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public PeriodicReport report(GetPeriodicReportQuery query) {
    ReportingPeriod period = query.period();
    LocalDate today = clock.today();
    InvariantViolation.require(
        !today.isBefore(period.firstDay()),
        Invariant.VALUE_RANGE,
        "the period "
            + period
            + " has not begun (today is "
            + today
            + "): ask for one that has, e.g. "
            + ReportingPeriod.of(today.getYear(), period.length())
                .filter(p -> p.contains(today))
                .findFirst()
                .orElseThrow());
    LocalDate closing = period.lastDay().isAfter(today) ? today : period.lastDay();
    Led led = reader.below(query.unit(), closing);
    ProgressHistory history = ProgressHistory.of(auditLog.entries());
    ImmutableList<Commitment> atOpening = replay(led.commitments(), history, period.eve());
    ImmutableList<Commitment> atClosing = replay(led.commitments(), history, closing);
    // Both roll-ups on the structure and the leads of the close, so that a unit's two figures
    // speak of the same commitments.
    ImmutableMap<UnitId, RollUp> opened =
        RollUp.ofEveryUnit(led.hierarchy(), atOpening, led::leadOf);
    ImmutableMap<UnitId, RollUp> closed =
        RollUp.ofEveryUnit(led.hierarchy(), atClosing, led::leadOf);
    ImmutableListMultimap.Builder<UnitId, CommitmentReport> byLead =
        ImmutableListMultimap.builder();
    for (int i = 0; i < led.commitments().size(); i++) {
      Commitment commitment = led.commitments().get(i);
      byLead.put(
          led.leadOf(commitment),
          commitment(
              commitment,
              led.leadOf(commitment),
              atOpening.get(i),
              atClosing.get(i),
              closing,
              history,
              period));
    }
    ImmutableListMultimap<UnitId, CommitmentReport> reportsByLead = byLead.build();
    ImmutableList.Builder<UnitReport> rows = ImmutableList.builder();
    led.eachUnit(
        (unit, depth) -> {
          RollUp rollUp = closed.get(unit.id());
          if (rollUp.commitments() > 0) {
            rows.add(
                new UnitReport(
                    unit,
                    depth,
                    opened.get(unit.id()).meanProgress(),
                    rollUp,
                    reportsByLead.get(unit.id())));
          }
        });
    return new PeriodicReport(period, closing, rows.build());
  }

  private static ImmutableList<Commitment> replay(
      ImmutableList<Commitment> commitments, ProgressHistory history, LocalDate day) {
    return commitments.stream()
        .map(c -> history.on(c, day))
        .collect(ImmutableList.toImmutableList());
  }

  private static CommitmentReport commitment(
      Commitment record,
      UnitId lead,
      Commitment atOpening,
      Commitment atClosing,
      LocalDate closing,
      ProgressHistory history,
      ReportingPeriod period) {
    ImmutableList.Builder<ActivityReport> activities = ImmutableList.builder();
    for (int i = 0; i < record.activities().size(); i++) {
      Activity closed = atClosing.activities().get(i);
      activities.add(
          new ActivityReport(
              atOpening.activities().get(i),
              closed,
              Progress.state(closed, closing),
              history.reportsWithin(record.id(), record.activities().get(i), period)));
    }
    ImmutableList<IndicatorMeasurement> measurements =
        record.indicators().stream()
            .flatMap(
                indicator ->
                    indicator.measurements().stream()
                        .filter(m -> period.encloses(m.date()))
                        .map(
                            m ->
                                new IndicatorMeasurement(
                                    indicator.id(), indicator.name(), indicator.unit(), m)))
            .sorted(Comparator.comparing(m -> m.measurement().date()))
            .collect(ImmutableList.toImmutableList());
    return new CommitmentReport(
        record.id(),
        record.title(),
        lead,
        Progress.of(atOpening),
        Progress.of(atClosing),
        Progress.state(atClosing, closing),
        activities.build(),
        measurements);
  }
}
