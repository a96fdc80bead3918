package org.civitas.application.service;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.RenameUnitCommand;
import org.civitas.application.port.in.RenameUnitUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadChildrenPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.time.PartialDate;

/**
 * Renames a unit from a day on by a restructuring appended to the record: the unit is kept as first
 * established, and every read gives it the name of the day asked.
 */
public final class RenameUnitService implements RenameUnitUseCase {

  private final UnitChanges changes;

  public RenameUnitService(
      LoadUnitsPort units,
      LoadChildrenPort children,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this.changes = new UnitChanges(units, children, save, clock, authorization);
  }

  @Override
  public Versioned<OrgUnit> rename(RenameUnitCommand command) {
    Versioned<OrgUnit> stored =
        changes.stored(command.unit(), command.expectedVersion(), command.actor());
    LocalDate from = command.from();
    DatedName former = stored.value().nameOn(from.minusDays(1));
    return changes.restructure(
        new Restructuring.Rename(
            command.unit(),
            command.name(),
            command.acronym(),
            PartialDate.of(from),
            command.basis().text(),
            command.basis().note()),
        stored,
        command.actor(),
        "unit.rename",
        Optional.of(
            AuditText.name(former.name(), former.acronym()) + " until " + from.minusDays(1)),
        Optional.of(AuditText.name(command.name(), command.acronym()) + " from " + from));
  }
}
