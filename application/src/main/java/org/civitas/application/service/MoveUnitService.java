package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.MoveUnitCommand;
import org.civitas.application.port.in.MoveUnitUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadChildrenPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.organization.MoveRefusal;
import org.civitas.domain.organization.MoveResult;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.time.PartialDate;

/**
 * Moves a unit as the domain's chart moves it, by a restructuring appended to the record. The chart
 * is made of the unit, its new parent and every unit above that parent at any time: all a move
 * reads to tell whether the unit would end up under itself.
 */
public final class MoveUnitService implements MoveUnitUseCase {

  private final UnitChanges changes;

  public MoveUnitService(
      LoadUnitsPort units,
      LoadChildrenPort children,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this.changes = new UnitChanges(units, children, save, clock, authorization);
  }

  @Override
  public Versioned<OrgUnit> move(MoveUnitCommand command) {
    UnitId id = command.unit();
    UnitId parent = command.parent();
    Versioned<OrgUnit> stored = changes.stored(id, command.expectedVersion(), command.actor());
    changes
        .authorization()
        .requireMayChangeUnit(
            command.actor(),
            parent,
            "'" + id + "' would move under '" + parent + "', which lies outside them");
    ImmutableList.Builder<OrgUnit> chart = ImmutableList.<OrgUnit>builder().add(stored.value());
    changes
        .find(parent)
        .ifPresent(
            above ->
                changes.around(above.value()).stream()
                    .filter(u -> !u.id().equals(id))
                    .forEach(chart::add));
    MoveResult result = OrgChart.of(chart.build()).move(id, parent, command.from());
    if (result instanceof MoveResult.Refused refused) {
      throw refusal(refused.reason());
    }
    MoveResult.Moved moved = (MoveResult.Moved) result;
    return changes.restructure(
        Restructuring.Move.of(id, parent, PartialDate.of(command.from())),
        stored,
        command.actor(),
        "unit.move",
        Optional.of(AuditText.place(moved.event().from()) + " on " + command.from()),
        Optional.of(AuditText.place(Optional.of(parent)) + " from " + command.from()));
  }

  /** The domain's reason, kept as the refusal's, with its message. */
  private static ChangeRefused refusal(MoveRefusal reason) {
    ChangeRefused.Reason kind;
    if (reason instanceof MoveRefusal.UnknownUnit) {
      kind = ChangeRefused.Reason.UNKNOWN_UNIT;
    } else if (reason instanceof MoveRefusal.NotAlive) {
      kind = ChangeRefused.Reason.NOT_ALIVE;
    } else {
      kind = ChangeRefused.Reason.WOULD_CREATE_CYCLE;
    }
    return new ChangeRefused(kind, reason.message());
  }
}
