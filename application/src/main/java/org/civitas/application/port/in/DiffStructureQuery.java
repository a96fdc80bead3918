package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;

/**
 * What changed in the structure after {@code from}, up to {@code to} included: everywhere, or only
 * in the subtree of {@code unit} when one is given. {@code from} is not after {@code to}.
 */
public record DiffStructureQuery(LocalDate from, LocalDate to, Optional<UnitId> unit) {

  public DiffStructureQuery {
    Checks.present(from, "the first day (from)");
    Checks.present(to, "the last day (to)");
    Checks.present(unit, "the unit whose subtree to compare, or none for every unit");
    InvariantViolation.require(
        !from.isAfter(to),
        Invariant.PERIOD_INVERTED,
        "from "
            + from
            + " is after to "
            + to
            + ": give the earlier day as from and the later as to");
  }

  /** Every unit between the two days. */
  public static DiffStructureQuery between(LocalDate from, LocalDate to) {
    return new DiffStructureQuery(from, to, Optional.empty());
  }

  /** Only the subtree of {@code root}. */
  public DiffStructureQuery below(UnitId root) {
    return new DiffStructureQuery(from, to, Optional.of(root));
  }
}
