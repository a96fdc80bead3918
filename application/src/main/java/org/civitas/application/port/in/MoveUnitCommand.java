package org.civitas.application.port.in;

import java.time.LocalDate;
import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;

/**
 * Place unit {@code unit} under {@code parent} from {@code from} on, says {@code actor}, who read
 * the unit at {@code expectedVersion}. The units under it move with it. An editor must have both
 * the unit and its new parent in its scope.
 */
public record MoveUnitCommand(
    UnitId unit, UnitId parent, LocalDate from, long expectedVersion, Actor actor) {

  public MoveUnitCommand {
    Checks.present(unit, "the unit to move");
    Checks.present(parent, "the unit to move it under");
    Checks.present(from, "the day the move takes effect");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who moves the unit");
  }
}
