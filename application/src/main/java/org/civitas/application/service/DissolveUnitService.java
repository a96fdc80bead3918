package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.DissolveUnitCommand;
import org.civitas.application.port.in.DissolveUnitUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadChildrenPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.time.PartialDate;

/**
 * Ends a unit's lifetime on a day, its last, by a restructuring appended to the record. Refused
 * while a unit would still sit under it after that day: a structure never keeps units under one
 * that is gone, so they are moved first.
 */
public final class DissolveUnitService implements DissolveUnitUseCase {

  private final UnitChanges changes;
  private final LoadChildrenPort children;

  public DissolveUnitService(
      LoadUnitsPort units,
      LoadChildrenPort children,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this.changes = new UnitChanges(units, save, clock, authorization);
    this.children = children;
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
    String staying =
        children.loadChildren(id).stream()
            .filter(child -> sitsUnderAfter(child, id, on))
            .map(child -> "'" + child.id() + "'")
            .collect(Collectors.joining(", "));
    if (!staying.isEmpty()) {
      throw new ChangeRefused(
          ChangeRefused.Reason.LIVING_CHILDREN,
          "units "
              + staying
              + " would still sit under '"
              + id
              + "' after "
              + on
              + ": move them under another unit from "
              + on.plusDays(1)
              + ", or dissolve them, first");
    }
    // A restructuring ends a unit the day before its date: the day after its last.
    return changes.restructure(
        Restructuring.Dissolve.of(id, ImmutableList.of(), PartialDate.of(on.plusDays(1))),
        stored,
        command.actor(),
        "unit.dissolve",
        Optional.of("in force" + unit.established().map(d -> " since " + d).orElse("")),
        Optional.of("dissolved on " + on));
  }

  /** Whether {@code child}, alive, is under {@code parent} on some day after {@code day}. */
  private static boolean sitsUnderAfter(OrgUnit child, UnitId parent, LocalDate day) {
    for (ParentLink link : child.parents()) {
      if (!link.parent().equals(parent)) {
        continue;
      }
      LocalDate firstAfter = day.plusDays(1);
      LocalDate from = latest(firstAfter, link.period().firstDay(), child.lifetime().firstDay());
      Optional<LocalDate> until = earliest(link.period().lastDay(), child.lifetime().lastDay());
      if (until.map(last -> !last.isBefore(from)).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate latest(
      LocalDate day, Optional<LocalDate> first, Optional<LocalDate> second) {
    LocalDate latest = day;
    for (Optional<LocalDate> other : java.util.List.of(first, second)) {
      if (other.isPresent() && other.get().isAfter(latest)) {
        latest = other.get();
      }
    }
    return latest;
  }

  private static Optional<LocalDate> earliest(
      Optional<LocalDate> first, Optional<LocalDate> second) {
    if (first.isEmpty()) {
      return second;
    }
    if (second.isEmpty()) {
      return first;
    }
    return Optional.of(first.get().isBefore(second.get()) ? first.get() : second.get());
  }
}
