package org.civitas.adapter.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/** How figures, dates and counts read in the text output. */
final class Text {

  /** What stands where there is no figure. */
  static final String NONE = "—";

  private Text() {}

  /** {@code 35.0 %}: one decimal, whatever the reader's locale. */
  static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f %%", value);
  }

  static String percent(OptionalDouble value) {
    return value.isPresent() ? percent(value.getAsDouble()) : NONE;
  }

  /** A bar and its percentage, aligned so that bars stack in a column. */
  static String progress(OptionalDouble value) {
    if (value.isEmpty()) {
      return "·".repeat(Bar.WIDTH) + " " + pad(NONE, 7, true);
    }
    return Bar.of(value.getAsDouble()) + " " + pad(percent(value.getAsDouble()), 7, true);
  }

  /** {@code 1 error}, {@code 2 errors}. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code 23 units, 1 strategy and 2 commitments}: what a record holds. */
  static String contents(Counts counts) {
    return count(counts.units(), "unit", "units")
        + ", "
        + count(counts.strategies(), "strategy", "strategies")
        + " and "
        + count(counts.commitments(), "commitment", "commitments");
  }

  /** A period as the source gave it: {@code 2024-01 – 2025-12}, {@code since 2012}. */
  static String period(Period period) {
    Optional<String> start = period.start().map(PartialDate::toString);
    Optional<String> end = period.end().map(PartialDate::toString);
    if (start.isPresent() && end.isPresent()) {
      return start.get() + " – " + end.get();
    }
    if (start.isPresent()) {
      return "since " + start.get();
    }
    return end.map(e -> "until " + e).orElse("no dates given");
  }

  /** {@code text} padded with spaces to {@code width} columns, on the left when {@code right}. */
  static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - text.codePointCount(0, text.length())));
    return right ? spaces + text : text + spaces;
  }

  /** A number as people write it: no {@code .0} on whole numbers. */
  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
