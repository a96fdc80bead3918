package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;

/**
 * Unit {@code unit} is dissolved on {@code on}, its last day, says {@code actor}, who read it at
 * {@code expectedVersion}. {@code successors}, none or more units alive the next day, carry on its
 * work: one successor takes what {@code handover} does not give to another; with several, the
 * handover says who takes what.
 */
public record DissolveUnitCommand(
    UnitId unit,
    LocalDate on,
    ImmutableList<UnitId> successors,
    Handover handover,
    LegalBasis basis,
    long expectedVersion,
    Actor actor) {

  public DissolveUnitCommand {
    Checks.present(unit, "the unit to dissolve");
    Checks.present(on, "the day of the dissolution");
    Checks.items(successors, "the successors, or none");
    Checks.present(handover, "the handover, or Handover.NONE");
    Checks.present(basis, "the legal basis, or LegalBasis.NONE");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who dissolves the unit");
  }

  /** A dissolution without successor, handover or legal basis. */
  public DissolveUnitCommand(UnitId unit, LocalDate on, long expectedVersion, Actor actor) {
    this(unit, on, ImmutableList.of(), Handover.NONE, LegalBasis.NONE, expectedVersion, actor);
  }
}
