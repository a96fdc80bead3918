package org.civitas.application.service;

import java.math.BigDecimal;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Measurement;

/** How the audit log writes states, for people who read it later. */
final class AuditText {

  private AuditText() {}

  static String contents(Counts counts) {
    return count(counts.units(), "unit")
        + ", "
        + count(counts.strategies(), "strategy", "strategies")
        + ", "
        + count(counts.commitments(), "commitment");
  }

  static String report(Activity activity) {
    return activity.status().code() + ", " + number(activity.progress()) + "%";
  }

  static String measurement(Measurement measurement) {
    return measurement.date() + ": " + measurement.value().toPlainString();
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
