package org.civitas.domain.organization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.civitas.domain.time.Period;

/**
 * Every unit of a ministry across time. Asked for a day, it answers the {@link Hierarchy} in force
 * that day; asked to move a unit, it answers a new chart, or why the move is refused.
 */
public final class OrgChart {

  private final ImmutableMap<UnitId, OrgUnit> units;

  private OrgChart(Map<UnitId, OrgUnit> units) {
    this.units = ImmutableMap.copyOf(units);
  }

  /** A chart of {@code units}; where two share an id the first is kept. */
  public static OrgChart of(Collection<OrgUnit> units) {
    Map<UnitId, OrgUnit> byId = new LinkedHashMap<>();
    units.forEach(unit -> byId.putIfAbsent(unit.id(), unit));
    return new OrgChart(byId);
  }

  public ImmutableList<OrgUnit> units() {
    return units.values().asList();
  }

  public Optional<OrgUnit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  public boolean contains(UnitId id) {
    return units.containsKey(id);
  }

  /** The structure in force on {@code date}. */
  public Hierarchy on(LocalDate date) {
    return new Hierarchy(date, units.values());
  }

  /**
   * The days on which the structure may change: every start of a lifetime or parent link and the
   * day after every end. Between two of them the structure is the same, so checking the structure
   * on each of these days (and on one day before them all) checks it on every day.
   */
  public ImmutableSortedSet<LocalDate> changeDates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (OrgUnit unit : units.values()) {
      addBounds(unit.lifetime(), dates);
      unit.parents().forEach(link -> addBounds(link.period(), dates));
    }
    return ImmutableSortedSet.copyOf(dates);
  }

  /** One day to check for each distinct structure the chart goes through. */
  public ImmutableList<LocalDate> daysToCheck() {
    ImmutableSortedSet<LocalDate> changes = changeDates();
    List<LocalDate> days = new ArrayList<>();
    days.add(changes.isEmpty() ? LocalDate.of(2000, 1, 1) : changes.first().minusDays(1));
    days.addAll(changes);
    return ImmutableList.copyOf(days);
  }

  private static void addBounds(Period period, TreeSet<LocalDate> dates) {
    period.firstDay().ifPresent(dates::add);
    period.lastDay().map(d -> d.plusDays(1)).ifPresent(dates::add);
  }

  /**
   * Moves {@code unit} under {@code newParent} from {@code from} on: its link in force that day
   * ends the day before, and a new one starts. Refused when either unit is unknown or not alive
   * that day, when the unit would sit under itself, or when its parent chain would loop at any
   * later date.
   */
  public MoveResult move(UnitId unit, UnitId newParent, LocalDate from) {
    OrgUnit moved = units.get(unit);
    if (moved == null) {
      return new MoveResult.Refused(new MoveRefusal.UnknownUnit(unit));
    }
    if (!units.containsKey(newParent)) {
      return new MoveResult.Refused(new MoveRefusal.UnknownUnit(newParent));
    }
    if (!moved.isAliveOn(from) || !units.get(newParent).isAliveOn(from)) {
      return new MoveResult.Refused(
          new MoveRefusal.NotAlive(moved.isAliveOn(from) ? newParent : unit, from));
    }
    OrgUnit updated = moved.movedUnder(newParent, from);
    Map<UnitId, OrgUnit> next = new LinkedHashMap<>(units);
    next.put(unit, updated);
    OrgChart chart = new OrgChart(next);
    for (LocalDate day : chart.daysToCheck()) {
      if (!day.isBefore(from) && chart.on(day).isInCycle(unit)) {
        return new MoveResult.Refused(new MoveRefusal.WouldCreateCycle(unit, newParent));
      }
    }
    return new MoveResult.Moved(chart, new UnitMoved(unit, moved.parentOn(from), newParent, from));
  }
}
