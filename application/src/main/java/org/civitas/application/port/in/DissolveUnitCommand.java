package org.civitas.application.port.in;

import java.time.LocalDate;
import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;

/**
 * Unit {@code unit} is dissolved on {@code on}, its last day, says {@code actor}, who read it at
 * {@code expectedVersion}.
 */
public record DissolveUnitCommand(UnitId unit, LocalDate on, long expectedVersion, Actor actor) {

  public DissolveUnitCommand {
    Checks.present(unit, "the unit to dissolve");
    Checks.present(on, "the day of the dissolution");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who dissolves the unit");
  }
}
