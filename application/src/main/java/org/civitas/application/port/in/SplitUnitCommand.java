package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;

/**
 * Unit {@code unit} becomes {@code into}, two units or more alive that day, from {@code from} on,
 * says {@code actor}, who read it at {@code expectedVersion}: it ends the day before, and {@code
 * handover} says which successor takes each of its attributions, commitments, strategies and
 * actions (those it names nowhere are left orphaned, which validation reports).
 */
public record SplitUnitCommand(
    UnitId unit,
    ImmutableList<UnitId> into,
    Handover handover,
    LocalDate from,
    LegalBasis basis,
    long expectedVersion,
    Actor actor) {

  public SplitUnitCommand {
    Checks.present(unit, "the unit to split");
    Checks.items(into, "the units it is split into");
    Checks.present(handover, "the handover, or Handover.NONE");
    Checks.present(from, "the first day of its successors");
    Checks.present(basis, "the legal basis, or LegalBasis.NONE");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who splits the unit");
  }
}
