package org.civitas.domain.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * A date as precise as its source: a year ({@code 2024}), a month ({@code 2024-01}) or a day
 * ({@code 2024-01-15}). As a start it means its first day, as an end its last day.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of the date the source gave. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::firstDay).thenComparing(PartialDate::precision);

  private final int year;
  private final int month;
  private final int day;
  private final Precision precision;

  private PartialDate(int year, int month, int day, Precision precision) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
  }

  public static PartialDate ofYear(int year) {
    requireYear(year);
    return new PartialDate(year, 1, 1, Precision.YEAR);
  }

  public static PartialDate ofMonth(int year, int month) {
    requireYear(year);
    InvariantViolation.require(
        month >= 1 && month <= 12,
        Invariant.DATE_INVALID,
        "month " + month + " does not exist: use 01 to 12");
    return new PartialDate(year, month, 1, Precision.MONTH);
  }

  public static PartialDate of(LocalDate date) {
    requireYear(date.getYear());
    return new PartialDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
  }

  public static PartialDate ofDay(int year, int month, int day) {
    ofMonth(year, month);
    try {
      return of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new InvariantViolation(
          Invariant.DATE_INVALID,
          String.format("%04d-%02d-%02d is not a day of the calendar", year, month, day));
    }
  }

  /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is refused. */
  public static PartialDate parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new InvariantViolation(
          Invariant.DATE_INVALID,
          "'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-01)");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return ofYear(year);
    }
    int month = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return ofMonth(year, month);
    }
    return ofDay(year, month, Integer.parseInt(m.group(3)));
  }

  /** Like {@link #parse} but answers empty instead of refusing. */
  public static Optional<PartialDate> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvariantViolation e) {
      return Optional.empty();
    }
  }

  private static void requireYear(int year) {
    InvariantViolation.require(
        year >= 1 && year <= 9999, Invariant.DATE_INVALID, "year " + year + " is out of range");
  }

  public int year() {
    return year;
  }

  public Precision precision() {
    return precision;
  }

  /** The month, when the source gave one. */
  public Optional<Integer> month() {
    return precision == Precision.YEAR ? Optional.empty() : Optional.of(month);
  }

  /** The day of the month, when the source gave one. */
  public Optional<Integer> day() {
    return precision == Precision.DAY ? Optional.of(day) : Optional.empty();
  }

  /** The first day this date covers: what it means as a start. */
  public LocalDate firstDay() {
    return LocalDate.of(year, month, day);
  }

  /** The last day this date covers: what it means as an end. */
  public LocalDate lastDay() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /**
   * Whether this is a value systems put in when nobody entered a date (1 January 1970 or 1900), as
   * in the « Janvier 1970 » of an open-government commitment page.
   */
  public boolean isPlaceholder() {
    return (year == 1970 || year == 1900) && precision != Precision.YEAR && month == 1 && day == 1;
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate other
        && year == other.year
        && month == other.month
        && day == other.day
        && precision == other.precision;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 32 + day) * 3 + precision.ordinal();
  }

  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }
}
