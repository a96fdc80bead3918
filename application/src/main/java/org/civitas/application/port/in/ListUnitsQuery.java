package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.organization.UnitSearch;

/**
 * The units in force on {@code asOf} (today when empty), directly under {@code parent} that day
 * when one is given, of {@code kind} when one is given, a page of {@code limit} at most. Without
 * {@code text} they come in the order of their ids; with it, only those that match, best first.
 * {@code after} is the {@link UnitList#next()} of the page before, or empty for the first page.
 */
public record ListUnitsQuery(
    Optional<LocalDate> asOf,
    Optional<UnitId> parent,
    Optional<UnitKind> kind,
    Optional<String> text,
    Optional<String> after,
    int limit) {

  public ListUnitsQuery {
    Checks.present(asOf, "the date, or none for today");
    Checks.present(parent, "the parent, or none");
    Checks.present(kind, "the kind, or none");
    Checks.optionalText(text, "the words to look for");
    text.ifPresent(UnitSearch::of);
    Checks.optionalText(after, "where the page starts");
    InvariantViolation.require(
        limit >= 1, Invariant.VALUE_RANGE, "a page holds 1 unit or more, not " + limit);
  }

  /** The first page of every unit in force today. */
  public static ListUnitsQuery firstPage(int limit) {
    return new ListUnitsQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        limit);
  }

  /** The page after the one whose {@link UnitList#next()} is {@code next}. */
  public ListUnitsQuery after(String next) {
    return new ListUnitsQuery(asOf, parent, kind, text, Optional.of(next), limit);
  }
}
