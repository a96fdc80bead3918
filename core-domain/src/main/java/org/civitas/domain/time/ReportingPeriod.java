package org.civitas.domain.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * A period a ministry reports on: a year ({@code 2025}), a semester ({@code 2025-S2}), a quarter
 * ({@code 2025-Q3}) or a month ({@code 2025-M07}). The periods of one length tile their year: each
 * day of the year falls in exactly one.
 */
public record ReportingPeriod(int year, Length length, int number) {

  /** How long a period is, and how it is written after the year. */
  public enum Length {
    YEAR(12, ""),
    SEMESTER(6, "S"),
    QUARTER(3, "Q"),
    MONTH(1, "M");

    private final int months;
    private final String letter;

    Length(int months, String letter) {
      this.months = months;
      this.letter = letter;
    }

    /** How many periods of this length a year holds. */
    public int perYear() {
      return 12 / months;
    }
  }

  /** What the one-line error says a period may be. */
  public static final String FORMS =
      "write YYYY, YYYY-Sn (semester, n 1–2), YYYY-Qn (quarter, n 1–4) or YYYY-Mmm (month, mm"
          + " 01–12), e.g. 2025-S2";

  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:-(?:S([1-2])|Q([1-4])|M(0[1-9]|1[0-2])))?");

  public ReportingPeriod {
    InvariantViolation.require(
        year >= 1 && year <= 9999, Invariant.DATE_INVALID, "year " + year + " is out of range");
    InvariantViolation.require(
        length != null, Invariant.VALUE_REQUIRED, "give the length of the period");
    InvariantViolation.require(
        number >= 1 && number <= length.perYear(),
        Invariant.DATE_INVALID,
        "a year has no " + length.name().toLowerCase(Locale.ROOT) + " " + number);
  }

  public static ReportingPeriod ofYear(int year) {
    return new ReportingPeriod(year, Length.YEAR, 1);
  }

  public static ReportingPeriod semester(int year, int number) {
    return new ReportingPeriod(year, Length.SEMESTER, number);
  }

  public static ReportingPeriod quarter(int year, int number) {
    return new ReportingPeriod(year, Length.QUARTER, number);
  }

  public static ReportingPeriod month(int year, int number) {
    return new ReportingPeriod(year, Length.MONTH, number);
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-Sn}, {@code YYYY-Qn} or {@code YYYY-Mmm}, the letter in either
   * case; anything else is refused with a message naming these forms.
   */
  public static ReportingPeriod parse(String text) {
    Matcher m = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
    // Year 0 matches the form but no calendar has it.
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw new InvariantViolation(
          Invariant.DATE_INVALID, "'" + text + "' is not a reporting period: " + FORMS);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return semester(year, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      return quarter(year, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return month(year, Integer.parseInt(m.group(4)));
    }
    return ofYear(year);
  }

  /** Like {@link #parse} but answers empty instead of refusing. */
  public static Optional<ReportingPeriod> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvariantViolation e) {
      return Optional.empty();
    }
  }

  /** The periods of {@code length} in {@code year}, in order. */
  public static Stream<ReportingPeriod> of(int year, Length length) {
    return IntStream.rangeClosed(1, length.perYear())
        .mapToObj(n -> new ReportingPeriod(year, length, n));
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * length.months + 1, 1);
  }

  public LocalDate lastDay() {
    return YearMonth.of(year, number * length.months).atEndOfMonth();
  }

  /** The day before the first: the record on that day is the one the period starts from. */
  public LocalDate eve() {
    return firstDay().minusDays(1);
  }

  /** Whether {@code date} falls within the period, bounds included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** Whether every day {@code date} covers falls within the period. */
  public boolean encloses(PartialDate date) {
    return contains(date.firstDay()) && contains(date.lastDay());
  }

  @Override
  public String toString() {
    return switch (length) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-M%02d", year, number);
      default -> String.format("%04d-%s%d", year, length.letter, number);
    };
  }
}
