package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;

/**
 * The tree below {@code root} (every root when empty), as it stood on {@code asOf} (today when
 * empty), down to {@code depth} levels below the root (every level when empty; 0 is the root
 * alone).
 */
public record GetTreeQuery(Optional<UnitId> root, Optional<LocalDate> asOf, OptionalInt depth) {

  public GetTreeQuery {
    Checks.present(root, "the root unit, or none");
    Checks.present(asOf, "the date, or none for today");
    Checks.present(depth, "the depth, or none for every level");
    depth.ifPresent(
        d ->
            InvariantViolation.require(
                d >= 0,
                Invariant.VALUE_RANGE,
                "depth " + d + " is negative: give 0 or more levels"));
  }

  /** Every root and every level, today. */
  public static GetTreeQuery whole() {
    return new GetTreeQuery(Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  public GetTreeQuery from(UnitId unit) {
    return new GetTreeQuery(Optional.of(unit), asOf, depth);
  }

  public GetTreeQuery asOf(LocalDate date) {
    return new GetTreeQuery(root, Optional.of(date), depth);
  }

  public GetTreeQuery depth(int levels) {
    return new GetTreeQuery(root, asOf, OptionalInt.of(levels));
  }
}
