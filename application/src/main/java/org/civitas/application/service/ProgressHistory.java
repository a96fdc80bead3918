package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.service.AuditText.Reported;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.time.ReportingPeriod;

/**
 * The activities' progress reports since the record was last imported, read from the audit log, and
 * the record replayed from them to any day.
 *
 * <p>An activity on day {@code d} has the status and progress its last report made on or before
 * {@code d} left; when none was made by then, those its first later report found; when none was
 * ever made, those of the record. A report's day is the UTC day of its instant. The last import is
 * the baseline: it replaced the record, so reports written before it in the log describe a record
 * that is gone and are not read; so are entries whose states are not in the form the log writes.
 */
final class ProgressHistory {

  /** One report: the day it was made, the state it found and the one it left. */
  private record Report(LocalDate day, Reported before, Reported after) {}

  private final ImmutableListMultimap<String, Report> reports;

  private ProgressHistory(ImmutableListMultimap<String, Report> reports) {
    this.reports = reports;
  }

  /** The history in {@code log}, given in the order written. */
  static ProgressHistory of(List<AuditEntry> log) {
    int baseline = -1;
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).action().equals(AuditText.SNAPSHOT_IMPORT)) {
        baseline = i;
      }
    }
    ImmutableListMultimap.Builder<String, Report> bySubject = ImmutableListMultimap.builder();
    log.subList(baseline + 1, log.size()).stream()
        .filter(e -> e.action().equals(AuditText.ACTIVITY_PROGRESS))
        // In the order made; a stable sort keeps the order written for reports of one instant.
        .sorted(Comparator.comparing(AuditEntry::at))
        .forEach(e -> report(e).ifPresent(r -> bySubject.put(e.subject(), r)));
    return new ProgressHistory(bySubject.build());
  }

  private static Optional<Report> report(AuditEntry entry) {
    Optional<Reported> before = entry.before().flatMap(Reported::parse);
    Optional<Reported> after = entry.after().flatMap(Reported::parse);
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = entry.at().atOffset(ZoneOffset.UTC).toLocalDate();
    return Optional.of(new Report(day, before.get(), after.get()));
  }

  /** {@code commitment} with each activity as it stood on {@code day}. */
  Commitment on(Commitment commitment, LocalDate day) {
    return ImmutableCommitment.copyOf(commitment)
        .withActivities(
            commitment.activities().stream()
                .map(a -> on(commitment.id(), a, day))
                .collect(ImmutableList.toImmutableList()));
  }

  /** {@code activity}, of {@code commitment} in the record, as it stood on {@code day}. */
  Activity on(CommitmentId commitment, Activity activity, LocalDate day) {
    ImmutableList<Report> made = reportsOf(commitment, activity);
    Optional<Report> last = made.reverse().stream().filter(r -> !r.day().isAfter(day)).findFirst();
    if (last.isPresent()) {
      return last.get().after().applyTo(activity);
    }
    return made.isEmpty() ? activity : made.get(0).before().applyTo(activity);
  }

  /** How many reports on {@code activity} were made within {@code period}. */
  int reportsWithin(CommitmentId commitment, Activity activity, ReportingPeriod period) {
    return (int)
        reportsOf(commitment, activity).stream().filter(r -> period.contains(r.day())).count();
  }

  private ImmutableList<Report> reportsOf(CommitmentId commitment, Activity activity) {
    return reports.get(AuditText.activity(commitment, activity.id()));
  }
}
