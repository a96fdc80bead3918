package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;

/**
 * Units {@code units} become one, {@code into}, from {@code from} on, says {@code actor}, who read
 * {@code into} at {@code expectedVersion}. {@code into} may be one of them (it absorbs the others
 * and carries on) or a unit alive that day; the others end the day before, and what they held goes
 * to {@code into} unless {@code handover} gives it to another unit or drops it.
 */
public record MergeUnitsCommand(
    UnitId into,
    ImmutableList<UnitId> units,
    Handover handover,
    LocalDate from,
    LegalBasis basis,
    long expectedVersion,
    Actor actor) {

  public MergeUnitsCommand {
    Checks.present(into, "the unit the others are merged into");
    Checks.items(units, "the units merged");
    Checks.present(handover, "the handover, or Handover.NONE");
    Checks.present(from, "the first day of the merged unit");
    Checks.present(basis, "the legal basis, or LegalBasis.NONE");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who merges the units");
  }
}
