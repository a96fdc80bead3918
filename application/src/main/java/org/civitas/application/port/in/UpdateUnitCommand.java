package org.civitas.application.port.in;

import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;

/**
 * Unit {@code unit} now says {@code properties} of itself, says {@code actor}, who read it at
 * {@code expectedVersion}. Its place and lifetime stay as they are.
 */
public record UpdateUnitCommand(
    UnitId unit, UnitProperties properties, long expectedVersion, Actor actor) {

  public UpdateUnitCommand {
    Checks.present(unit, "the unit to change");
    Checks.present(properties, "what the unit now says of itself");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who changes the unit");
  }
}
