package org.civitas.application.service;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.DissolveUnitCommand;
import org.civitas.application.port.in.DissolveUnitUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadChildrenPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadStrategyPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.time.PartialDate;

/**
 * Ends a unit's lifetime on a day, its last, by a restructuring appended to the record, with the
 * successors that carry on its work if any. Refused while a unit would still sit under it after
 * that day: a structure never keeps units under one that is gone, so they are moved first.
 */
public final class DissolveUnitService implements DissolveUnitUseCase {

  private final UnitChanges changes;

  public DissolveUnitService(
      LoadUnitsPort units,
      LoadChildrenPort children,
      LoadStrategyPort strategies,
      LoadCommitmentPort commitments,
      LoadRestructuringsPort record,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this.changes =
        new UnitChanges(
            units,
            children,
            new UnitChanges.HandoverReads(strategies, commitments, record),
            save,
            clock,
            authorization);
  }

  @Override
  public Versioned<OrgUnit> dissolve(DissolveUnitCommand command) {
    UnitId id = command.unit();
    LocalDate on = command.on();
    Versioned<OrgUnit> stored = changes.stored(id, command.expectedVersion(), command.actor());
    OrgUnit unit = stored.value();
    if (unit.dissolved().isPresent()) {
      throw new ChangeRefused(
          ChangeRefused.Reason.ALREADY_DISSOLVED,
          "unit '" + id + "' was dissolved already, in " + unit.dissolved().get());
    }
    if (!unit.isAliveOn(on)) {
      throw new ChangeRefused(
          ChangeRefused.Reason.NOT_ALIVE,
          "unit '"
              + id
              + "' does not exist on "
              + on
              + ": it was established in "
              + unit.established().map(PartialDate::toString).orElse("an unknown year")
              + "; choose a day within its lifetime");
    }
    // A restructuring ends a unit the day before its date: the day after its last.
    return changes.restructure(
        new Restructuring.Dissolve(
            id,
            command.successors(),
            command.handover(),
            PartialDate.of(on.plusDays(1)),
            command.basis().text(),
            command.basis().note()),
        stored,
        command.actor(),
        "unit.dissolve",
        Optional.of("in force" + unit.established().map(d -> " since " + d).orElse("")),
        Optional.of(
            "dissolved on "
                + on
                + (command.successors().isEmpty()
                    ? ""
                    : ", succeeded by " + AuditText.units(command.successors()))));
  }
}
