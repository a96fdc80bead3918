package org.civitas.application.service;

import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.in.UpdateUnitCommand;
import org.civitas.application.port.in.UpdateUnitUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadChildrenPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.organization.OrgUnit;

/**
 * Replaces what a unit says of itself, under its version: the properties its author changed from
 * the unit as read are written to the unit as first established, so that the restructurings of the
 * record apply to it once, as before. A change that changes nothing is not stored and leaves no
 * entry.
 */
public final class UpdateUnitService implements UpdateUnitUseCase {

  private final UnitChanges changes;

  public UpdateUnitService(
      LoadUnitsPort units,
      LoadChildrenPort children,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this.changes = new UnitChanges(units, children, save, clock, authorization);
  }

  @Override
  public Versioned<OrgUnit> update(UpdateUnitCommand command) {
    Versioned<OrgUnit> stored =
        changes.stored(command.unit(), command.expectedVersion(), command.actor());
    UnitProperties before = UnitProperties.of(stored.value());
    if (before.equals(command.properties())) {
      return stored;
    }
    Versioned<OrgUnit> base = changes.asEstablished(stored);
    UnitProperties established = UnitProperties.of(base.value());
    UnitProperties changed = command.properties().carriedOver(before, established);
    AuditText.Difference difference = AuditText.difference(established, changed);
    return changes.save(
        changed.applyTo(base.value()),
        stored.version(),
        command.actor(),
        "unit.update",
        Optional.of(difference.before()),
        Optional.of(difference.after()));
  }
}
