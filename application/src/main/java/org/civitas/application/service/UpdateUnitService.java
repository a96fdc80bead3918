package org.civitas.application.service;

import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.in.UpdateUnitCommand;
import org.civitas.application.port.in.UpdateUnitUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.organization.OrgUnit;

/**
 * Replaces what a unit says of itself, under its version. A change that changes nothing is not
 * stored and leaves no entry.
 */
public final class UpdateUnitService implements UpdateUnitUseCase {

  private final UnitChanges changes;

  public UpdateUnitService(
      LoadUnitsPort units, SaveChangesPort save, ClockPort clock, Authorization authorization) {
    this.changes = new UnitChanges(units, save, clock, authorization);
  }

  @Override
  public Versioned<OrgUnit> update(UpdateUnitCommand command) {
    Versioned<OrgUnit> stored =
        changes.stored(command.unit(), command.expectedVersion(), command.actor());
    UnitProperties before = UnitProperties.of(stored.value());
    if (before.equals(command.properties())) {
      return stored;
    }
    AuditText.Difference difference = AuditText.difference(before, command.properties());
    return changes.save(
        command.properties().applyTo(stored.value()),
        stored.version(),
        command.actor(),
        "unit.update",
        Optional.of(difference.before()),
        Optional.of(difference.after()));
  }
}
