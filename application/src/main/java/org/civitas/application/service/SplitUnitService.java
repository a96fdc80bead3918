package org.civitas.application.service;

import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.SplitUnitCommand;
import org.civitas.application.port.in.SplitUnitUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadChildrenPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadStrategyPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.time.PartialDate;

/**
 * Splits a unit into two or more from a day on by a restructuring appended to the record: the unit
 * ends the day before, and its successors take the attributions the handover gives them.
 */
public final class SplitUnitService implements SplitUnitUseCase {

  private final UnitChanges changes;

  public SplitUnitService(
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
  public Versioned<OrgUnit> split(SplitUnitCommand command) {
    Versioned<OrgUnit> stored =
        changes.stored(command.unit(), command.expectedVersion(), command.actor());
    return changes.restructure(
        new Restructuring.Split(
            command.unit(),
            command.into(),
            command.handover(),
            PartialDate.of(command.from()),
            command.basis().text(),
            command.basis().note()),
        stored,
        command.actor(),
        "unit.split",
        Optional.of("in force until " + command.from().minusDays(1)),
        Optional.of("split into " + AuditText.units(command.into()) + " from " + command.from()));
  }
}
