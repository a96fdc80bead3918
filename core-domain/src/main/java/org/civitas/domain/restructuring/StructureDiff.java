package org.civitas.domain.restructuring;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;

/**
 * How the structure in force on {@code to} differs from the one in force on {@code from}: the units
 * that came to exist and those that ceased to, those renamed and those placed under another parent,
 * and the restructurings that took effect in between (after {@code from}, up to {@code to}
 * included), merges and splits among them.
 */
public record StructureDiff(
    LocalDate from,
    LocalDate to,
    ImmutableList<OrgUnit> created,
    ImmutableList<OrgUnit> dissolved,
    ImmutableList<Renamed> renamed,
    ImmutableList<Moved> moved,
    ImmutableList<Replay.Applied> restructurings) {

  /** A unit that bore {@code before} on the first day and {@code after} on the second. */
  public record Renamed(UnitId unit, DatedName before, DatedName after) {}

  /**
   * A unit that sat under {@code before} on the first day and under {@code after} on the second.
   */
  public record Moved(UnitId unit, Optional<UnitId> before, Optional<UnitId> after) {}

  public static StructureDiff between(Replay replay, LocalDate from, LocalDate to) {
    Hierarchy before = replay.chart().on(from);
    Hierarchy after = replay.chart().on(to);
    ImmutableList.Builder<Renamed> renamed = ImmutableList.builder();
    ImmutableList.Builder<Moved> moved = ImmutableList.builder();
    for (OrgUnit unit : after.units()) {
      if (!before.contains(unit.id())) {
        continue;
      }
      DatedName then = unit.nameOn(from);
      DatedName now = unit.nameOn(to);
      if (!then.name().equals(now.name()) || !then.acronym().equals(now.acronym())) {
        renamed.add(new Renamed(unit.id(), then, now));
      }
      if (!before.parent(unit.id()).equals(after.parent(unit.id()))) {
        moved.add(new Moved(unit.id(), before.parent(unit.id()), after.parent(unit.id())));
      }
    }
    LocalDate first = from.isBefore(to) ? from : to;
    LocalDate last = from.isBefore(to) ? to : from;
    return new StructureDiff(
        from,
        to,
        after.units().stream()
            .filter(u -> !before.contains(u.id()))
            .collect(ImmutableList.toImmutableList()),
        before.units().stream()
            .filter(u -> !after.contains(u.id()))
            .collect(ImmutableList.toImmutableList()),
        renamed.build(),
        moved.build(),
        replay.applied().stream()
            .filter(
                a ->
                    a.restructuring().effective().isAfter(first)
                        && !a.restructuring().effective().isAfter(last))
            .collect(ImmutableList.toImmutableList()));
  }

  /** The merges that took effect in between. */
  public ImmutableList<Restructuring.Merge> merges() {
    return of(Restructuring.Merge.class);
  }

  /** The splits that took effect in between. */
  public ImmutableList<Restructuring.Split> splits() {
    return of(Restructuring.Split.class);
  }

  /** The dissolutions that took effect in between. */
  public ImmutableList<Restructuring.Dissolve> dissolutions() {
    return of(Restructuring.Dissolve.class);
  }

  public boolean isEmpty() {
    return created.isEmpty()
        && dissolved.isEmpty()
        && renamed.isEmpty()
        && moved.isEmpty()
        && restructurings.isEmpty();
  }

  private <T extends Restructuring> ImmutableList<T> of(Class<T> type) {
    return restructurings.stream()
        .map(Replay.Applied::restructuring)
        .filter(type::isInstance)
        .map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }
}
