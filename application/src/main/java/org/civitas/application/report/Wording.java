package org.civitas.application.report;

import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.port.in.PeriodicReport.ActivityReport;
import org.civitas.application.port.in.PeriodicReport.CommitmentReport;
import org.civitas.application.port.in.PeriodicReport.IndicatorMeasurement;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.commitment.ScheduleState;

/** The words and figures every format writes the same way. */
final class Wording {

  /** Where a figure is missing: no activity counts, or no baseline. */
  static final String NONE = "—";

  private Wording() {}

  static String title(PeriodicReport report) {
    return "Progress report " + report.period();
  }

  /** When the period runs and which days its two sets of figures stand on. */
  static String when(PeriodicReport report) {
    String close =
        report.isRunning()
            ? "at the close, the record of today, "
                + report.closing()
                + ": the period runs until "
                + report.period().lastDay()
            : "at the close, at the end of " + report.closing();
    return "Period "
        + report.period().firstDay()
        + " to "
        + report.period().lastDay()
        + ". Figures at the opening are the record at the end of "
        + report.opening()
        + "; "
        + close
        + ". Past figures are replayed from the progress reports in the audit log.";
  }

  /** A percentage with one decimal, {@code 35.0}; empty without a figure. */
  static String percent(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "";
  }

  /** A percentage with one decimal, or {@link #NONE}. */
  static String percentOrNone(OptionalDouble value) {
    return value.isPresent() ? percent(value) : NONE;
  }

  /** An activity's own report: {@code in-progress, 30.0}. */
  static String reported(Activity activity) {
    return activity.status().code() + ", " + percent(OptionalDouble.of(activity.progress()));
  }

  static String state(Optional<ScheduleState> state) {
    return state.map(ScheduleState::code).orElse(NONE);
  }

  /** How many commitments stand in each state, worst first: {@code overdue 1, behind 2}. */
  static String states(RollUp rollUp) {
    List<String> states = new ArrayList<>();
    // ScheduleState is declared best first.
    for (ScheduleState state : Lists.reverse(Arrays.asList(ScheduleState.values()))) {
      int n = rollUp.states().getOrDefault(state, 0);
      if (n > 0) {
        states.add(state.code() + " " + n);
      }
    }
    return states.isEmpty() ? NONE : String.join(", ", states);
  }

  /** What the period saw of a commitment's activities, a line each. */
  static List<String> events(CommitmentReport commitment) {
    return List.of(
        "Completed in the period: " + ids(commitment.completed()),
        "Overdue at the close: " + ids(commitment.inState(ScheduleState.OVERDUE)),
        "Behind at the close: " + ids(commitment.inState(ScheduleState.BEHIND)));
  }

  /** The ids of {@code activities}, or {@code none}. */
  private static String ids(List<ActivityReport> activities) {
    return activities.isEmpty()
        ? "none"
        : String.join(", ", activities.stream().map(a -> a.atClosing().id().value()).toList());
  }

  /** A measured value in plain notation, with the indicator's unit when it has one. */
  static String value(IndicatorMeasurement measurement) {
    return number(measurement.measurement().value())
        + measurement.unit().map(u -> " " + u).orElse("");
  }

  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
