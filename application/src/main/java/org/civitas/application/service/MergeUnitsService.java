package org.civitas.application.service;

import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.MergeUnitsCommand;
import org.civitas.application.port.in.MergeUnitsUseCase;
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
 * Merges units into one from a day on by a restructuring appended to the record: the units merged
 * end the day before, and the unit merged into carries on their work.
 */
public final class MergeUnitsService implements MergeUnitsUseCase {

  private final UnitChanges changes;

  public MergeUnitsService(
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
  public Versioned<OrgUnit> merge(MergeUnitsCommand command) {
    Versioned<OrgUnit> stored =
        changes.stored(command.into(), command.expectedVersion(), command.actor());
    Restructuring.Merge merge =
        new Restructuring.Merge(
            command.units(),
            command.into(),
            command.handover(),
            PartialDate.of(command.from()),
            command.basis().text(),
            command.basis().note());
    return changes.restructure(
        merge,
        stored,
        command.actor(),
        "unit.merge",
        Optional.of(
            AuditText.units(merge.units()) + " in force until " + command.from().minusDays(1)),
        Optional.of(
            AuditText.units(merge.ended())
                + " merged into "
                + command.into()
                + " from "
                + command.from()));
  }
}
