package org.civitas.domain.time;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * The span between an optional start and an optional end, both inclusive; a missing bound is open.
 * An end before its start cannot be made.
 */
public record Period(Optional<PartialDate> start, Optional<PartialDate> end) {

  public static final Period ALWAYS = new Period(Optional.empty(), Optional.empty());

  public Period {
    if (start.isPresent() && end.isPresent()) {
      InvariantViolation.require(
          !end.get().lastDay().isBefore(start.get().firstDay()),
          Invariant.PERIOD_INVERTED,
          "the end "
              + end.get()
              + " comes before the start "
              + start.get()
              + ": swap them or correct the one that is wrong");
    }
  }

  public static Period of(PartialDate start, PartialDate end) {
    return new Period(Optional.of(start), Optional.of(end));
  }

  public static Period from(PartialDate start) {
    return new Period(Optional.of(start), Optional.empty());
  }

  public static Period until(PartialDate end) {
    return new Period(Optional.empty(), Optional.of(end));
  }

  public Optional<LocalDate> firstDay() {
    return start.map(PartialDate::firstDay);
  }

  public Optional<LocalDate> lastDay() {
    return end.map(PartialDate::lastDay);
  }

  /** Whether {@code date} falls within the period, bounds included. */
  public boolean contains(LocalDate date) {
    return start.map(s -> !date.isBefore(s.firstDay())).orElse(true)
        && end.map(e -> !date.isAfter(e.lastDay())).orElse(true);
  }

  /** Whether both bounds are known. */
  public boolean isBounded() {
    return start.isPresent() && end.isPresent();
  }

  /** Whether every day of {@code other} falls within this period. */
  public boolean encloses(Period other) {
    boolean startInside =
        start.isEmpty()
            || other.start.map(s -> !s.firstDay().isBefore(start.get().firstDay())).orElse(false);
    boolean endInside =
        end.isEmpty()
            || other.end.map(e -> !e.lastDay().isAfter(end.get().lastDay())).orElse(false);
    return startInside && endInside;
  }

  @Override
  public String toString() {
    return start.map(PartialDate::toString).orElse("…")
        + " – "
        + end.map(PartialDate::toString).orElse("…");
  }
}
