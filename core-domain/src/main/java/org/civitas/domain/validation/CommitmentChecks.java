package org.civitas.domain.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Orphan;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * What a commitment says of itself: its period, its activities' reports, its lead, its indicators.
 */
final class CommitmentChecks {

  private CommitmentChecks() {}

  /**
   * {@code activity.outside-period}: an activity's start or end falls outside its commitment's
   * period. Only dates known on both sides are compared (not missing, not placeholders).
   */
  static void activitiesOutsidePeriod(Document document, Reporter reporter) {
    for (Located<Commitment> commitment : document.commitments()) {
      Period period = commitment.value().period();
      for (Located<Activity> activity : Document.activities(commitment)) {
        Period dates = activity.value().period();
        Optional<LocalDate> start = Document.knownStart(dates.start());
        Optional<LocalDate> end = Document.knownEnd(dates.end());
        if (start.isPresent() && isOutside(start.get(), period)) {
          reportOutside(commitment, activity, "start", dates.start().orElseThrow(), reporter);
        }
        if (end.isPresent() && isOutside(end.get(), period)) {
          reportOutside(commitment, activity, "end", dates.end().orElseThrow(), reporter);
        }
      }
    }
  }

  private static boolean isOutside(LocalDate day, Period period) {
    return Document.knownStart(period.start()).map(day::isBefore).orElse(false)
        || Document.knownEnd(period.end()).map(day::isAfter).orElse(false);
  }

  private static void reportOutside(
      Located<Commitment> commitment,
      Located<Activity> activity,
      String bound,
      PartialDate date,
      Reporter reporter) {
    reporter.report(
        activity.at(bound),
        String.format(
            "activity '%s' has its %s %s outside the period of commitment '%s' (%s): correct the"
                + " activity's date, or widen the commitment's period",
            activity.value().id(),
            bound,
            date,
            commitment.value().id(),
            commitment.value().period()));
  }

  /**
   * {@code status.progress-mismatch}: completed below 100, not started above 0, or at 100 without
   * being completed (a cancelled activity included).
   */
  static void statusProgressMismatches(Document document, Reporter reporter) {
    for (Located<Commitment> commitment : document.commitments()) {
      for (Located<Activity> located : Document.activities(commitment)) {
        Activity activity = located.value();
        String what =
            "activity '%s' is %s with progress %s: "
                .formatted(activity.id(), activity.status().code(), percent(activity.progress()));
        Optional<String> fix = mismatchFix(activity.status(), activity.progress());
        fix.ifPresent(f -> reporter.report(located.at("progress"), what + f));
      }
    }
  }

  private static Optional<String> mismatchFix(ActivityStatus status, double progress) {
    if (status == ActivityStatus.COMPLETED && progress < 100) {
      return Optional.of("set its progress to 100, or its status back to in-progress");
    }
    if (status == ActivityStatus.NOT_STARTED && progress > 0) {
      return Optional.of("set its status to in-progress, or its progress to 0");
    }
    if (status != ActivityStatus.COMPLETED && progress == 100) {
      return Optional.of("set its status to completed if it is done, or correct its progress");
    }
    return Optional.empty();
  }

  private static String percent(double progress) {
    return (progress == Math.rint(progress)
            ? String.valueOf((long) progress)
            : String.valueOf(progress))
        + " %";
  }

  /**
   * {@code ref.dissolved}: a commitment led by a unit dissolved before the commitment ends (or
   * while it has no end). The lead is the unit that holds it on the commitment's last day: a
   * restructuring may have passed it on. A lead that a restructuring left orphaned is reported as
   * such ({@code restructuring.orphaned}), not here.
   */
  static void dissolvedLeads(Document document, Reporter reporter) {
    Set<CommitmentId> orphaned = new HashSet<>();
    document.replay().orphans().stream()
        .map(Orphan::holding)
        .filter(Holding.Lead.class::isInstance)
        .forEach(lead -> orphaned.add(((Holding.Lead) lead).commitment()));
    for (Located<Commitment> commitment : document.commitments()) {
      Commitment value = commitment.value();
      if (orphaned.contains(value.id())) {
        continue;
      }
      Optional<LocalDate> end = Document.knownEnd(value.period());
      UnitId leadId =
          end.map(day -> document.replay().leadOn(value, day))
              .orElseGet(() -> lastLead(document, value));
      Optional<OrgUnit> lead = document.unit(leadId).map(Located::value);
      Optional<LocalDate> dissolved = lead.flatMap(unit -> Document.knownEnd(unit.lifetime()));
      if (dissolved.isEmpty()) {
        continue;
      }
      boolean endsLater = end.map(day -> day.isAfter(dissolved.get())).orElse(true);
      if (endsLater) {
        reporter.report(
            commitment.at("lead"),
            String.format(
                "commitment '%s' is led by '%s', dissolved in %s, %s: give the lead to the unit"
                    + " that took over its work",
                value.id(),
                leadId,
                lead.get().dissolved().orElseThrow(),
                value
                    .period()
                    .end()
                    .map(day -> "before the commitment ends (" + day + ")")
                    .orElse("while the commitment has no end")));
      }
    }
  }

  /** The unit that leads a commitment without a known end once every restructuring is done. */
  private static UnitId lastLead(Document document, Commitment commitment) {
    return document.replay().applied().isEmpty()
        ? commitment.lead()
        : document.replay().leadOn(commitment, LocalDate.MAX);
  }

  /** {@code commitment.period.missing}: a commitment without a start or without an end. */
  static void missingPeriods(Document document, Reporter reporter) {
    for (Located<Commitment> commitment : document.commitments()) {
      Period period = commitment.value().period();
      if (!period.isBounded()) {
        String missing =
            period.start().isEmpty() && period.end().isEmpty()
                ? "neither a start nor an end"
                : period.start().isEmpty() ? "no start" : "no end";
        reporter.report(
            commitment.at("period"),
            String.format(
                "commitment '%s' has %s: give its period as the source states it, so its schedule"
                    + " can be followed",
                commitment.value().id(), missing));
      }
    }
  }

  /**
   * {@code indicator.target.missing}: an indicator without a target, whose achievement cannot be
   * figured.
   */
  static void missingTargets(Document document, Reporter reporter) {
    for (Located<Commitment> commitment : document.commitments()) {
      for (Located<Indicator> indicator : Document.indicators(commitment)) {
        if (indicator.value().target().isEmpty()) {
          reporter.report(
              indicator.at("target"),
              String.format(
                  "indicator '%s' of commitment '%s' has no target: give its target value and date"
                      + " when a source states them, so its achievement can be figured",
                  indicator.value().id(), commitment.value().id()));
        }
      }
    }
  }
}
