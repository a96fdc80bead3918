package org.civitas.application.service;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Measurement;

/**
 * How the audit log writes states, for people who read it later, and how the states that figures
 * are replayed from are read back: each form is written and read here alone.
 */
final class AuditText {

  /** The action of an import, which replaces the whole record. */
  static final String SNAPSHOT_IMPORT = "snapshot.import";

  /** The action of an activity's progress report. */
  static final String ACTIVITY_PROGRESS = "activity.progress";

  private AuditText() {}

  /** The subject of an activity's reports: {@code commitment/upe/activity/suivi}. */
  static String activity(CommitmentId commitment, ActivityId activity) {
    return "commitment/" + commitment + "/activity/" + activity;
  }

  static String contents(Counts counts) {
    return count(counts.units(), "unit")
        + ", "
        + count(counts.strategies(), "strategy", "strategies")
        + ", "
        + count(counts.commitments(), "commitment");
  }

  static String report(Activity activity) {
    return Reported.of(activity).text();
  }

  static String measurement(Measurement measurement) {
    return measurement.date() + ": " + measurement.value().toPlainString();
  }

  /** An activity's status and progress as a report left them: {@code in-progress, 30%}. */
  record Reported(ActivityStatus status, double progress) {

    private static final Pattern FORM =
        Pattern.compile("([a-z]+(?:-[a-z]+)*), (\\d+(?:\\.\\d+)?)%");

    static Reported of(Activity activity) {
      return new Reported(activity.status(), activity.progress());
    }

    String text() {
      return status.code() + ", " + number(progress) + "%";
    }

    /** The state {@link #text} wrote; empty for any other text. */
    static Optional<Reported> parse(String text) {
      Matcher m = FORM.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
      double progress = Double.parseDouble(m.group(2));
      return ActivityStatus.fromCode(m.group(1))
          .filter(status -> progress <= 100)
          .map(status -> new Reported(status, progress));
    }

    /** {@code activity} with this status and progress. */
    Activity applyTo(Activity activity) {
      return activity.reported(status, progress);
    }
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
