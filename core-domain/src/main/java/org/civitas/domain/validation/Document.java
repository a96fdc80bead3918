package org.civitas.domain.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * A snapshot as the checks read it: every object with its place in the document (field names of the
 * dataset format), and units and strategies indexed by id once so that no check scans a list to
 * resolve a reference. Where two objects share an id, the first one is the one referred to. The
 * restructurings are replayed once: the units are read across time, each at the place of its record
 * as first established.
 */
final class Document {

  private final Replay replay;
  private final ImmutableList<Located<OrgUnit>> written;
  private final ImmutableList<Located<OrgUnit>> units;
  private final ImmutableList<Located<Strategy>> strategies;
  private final ImmutableList<Located<Commitment>> commitments;
  private final ImmutableList<Located<Restructuring>> restructurings;
  private final Map<UnitId, Located<OrgUnit>> unitsById = new HashMap<>();
  // Every element id of every strategy with that id, so a duplicated strategy id does not also
  // make references to its elements unknown.
  private final Map<StrategyId, Set<ElementId>> elementsByStrategy = new HashMap<>();

  private Document(
      Replay replay,
      ImmutableList<Located<OrgUnit>> written,
      ImmutableList<Located<Strategy>> strategies,
      ImmutableList<Located<Commitment>> commitments,
      ImmutableList<Located<Restructuring>> restructurings) {
    this.replay = replay;
    this.written = written;
    this.strategies = strategies;
    this.commitments = commitments;
    this.restructurings = restructurings;
    Map<UnitId, Located<OrgUnit>> firstWritten = new HashMap<>();
    written.forEach(unit -> firstWritten.putIfAbsent(unit.value().id(), unit));
    // Where two units share an id, only the first is replayed; the others stay as written.
    this.units =
        written.stream()
            .map(
                unit ->
                    firstWritten.get(unit.value().id()).equals(unit)
                        ? new Located<>(
                            replay.chart().unit(unit.value().id()).orElseThrow(), unit.path())
                        : unit)
            .collect(ImmutableList.toImmutableList());
    units.forEach(unit -> unitsById.putIfAbsent(unit.value().id(), unit));
    for (Located<Strategy> strategy : strategies) {
      Set<ElementId> elements =
          elementsByStrategy.computeIfAbsent(strategy.value().id(), id -> new HashSet<>());
      strategy.value().axes().forEach(axis -> elements.add(axis.id()));
      strategy.value().objectives().forEach(objective -> elements.add(objective.id()));
      strategy.value().actions().forEach(action -> elements.add(action.id()));
    }
  }

  static Document of(Snapshot snapshot) {
    Located<Object> root = new Located<>(snapshot, "");
    return new Document(
        snapshot.replay(),
        root.children("units", snapshot.units()),
        root.children("strategies", snapshot.strategies()),
        root.children("commitments", snapshot.commitments()),
        root.children("restructurings", snapshot.restructurings()));
  }

  Replay replay() {
    return replay;
  }

  /** The units across time, the restructurings applied. */
  ImmutableList<Located<OrgUnit>> units() {
    return units;
  }

  /** The units as written: as first established. */
  ImmutableList<Located<OrgUnit>> writtenUnits() {
    return written;
  }

  ImmutableList<Located<Restructuring>> restructurings() {
    return restructurings;
  }

  ImmutableList<Located<Strategy>> strategies() {
    return strategies;
  }

  ImmutableList<Located<Commitment>> commitments() {
    return commitments;
  }

  /** Each unit id once, with the first unit that has it: the units a chart is made of. */
  ImmutableList<OrgUnit> distinctUnits() {
    return units.stream()
        .filter(unit -> unit.equals(unitsById.get(unit.value().id())))
        .map(Located::value)
        .collect(ImmutableList.toImmutableList());
  }

  Optional<Located<OrgUnit>> unit(UnitId id) {
    return Optional.ofNullable(unitsById.get(id));
  }

  boolean hasUnit(UnitId id) {
    return unitsById.containsKey(id);
  }

  boolean hasStrategy(StrategyId id) {
    return elementsByStrategy.containsKey(id);
  }

  boolean hasElement(ElementRef ref) {
    return elementsByStrategy.getOrDefault(ref.strategy(), Set.of()).contains(ref.element());
  }

  static ImmutableList<Located<Axis>> axes(Located<Strategy> strategy) {
    return strategy.children("axes", strategy.value().axes());
  }

  static ImmutableList<Located<Objective>> objectives(Located<Axis> axis) {
    return axis.children("objectives", axis.value().objectives());
  }

  static ImmutableList<Located<Action>> actions(Located<Objective> objective) {
    return objective.children("actions", objective.value().actions());
  }

  /** Every action of every strategy, in document order. */
  Stream<Located<Action>> actions() {
    return strategies.stream()
        .flatMap(strategy -> axes(strategy).stream())
        .flatMap(axis -> objectives(axis).stream())
        .flatMap(objective -> actions(objective).stream());
  }

  static ImmutableList<Located<Activity>> activities(Located<Commitment> commitment) {
    return commitment.children("activities", commitment.value().activities());
  }

  static ImmutableList<Located<Indicator>> indicators(Located<Commitment> commitment) {
    return commitment.children("indicators", commitment.value().indicators());
  }

  /**
   * Where the {@code index}th parent link of a unit across time is written: at the {@code parent}
   * of the move that made it; else {@code parent} for a unit written with one parent, as the
   * dataset format writes it, or {@code parents/N} for a unit with a dated history of parents.
   */
  String parentLink(Located<OrgUnit> unit, int index) {
    ParentLink link = unit.value().parents().get(index);
    Optional<Replay.Applied> move = replay.moveOf(unit.value().id(), link);
    if (move.isPresent()) {
      return restructurings.get(move.get().index()).at("parent");
    }
    int position = Integer.parseInt(unit.path().substring(unit.path().lastIndexOf('/') + 1));
    return written.get(position).value().parents().size() == 1
        ? unit.at("parent")
        : unit.at("parents", index);
  }

  /**
   * The first day of a start, unless it is missing or a placeholder: a placeholder says nobody
   * entered the date, so it is not compared with anything.
   */
  static Optional<LocalDate> knownStart(Optional<PartialDate> start) {
    return start.filter(date -> !date.isPlaceholder()).map(PartialDate::firstDay);
  }

  /** The last day of an end, unless it is missing or a placeholder (see {@link #knownStart}). */
  static Optional<LocalDate> knownEnd(Optional<PartialDate> end) {
    return end.filter(date -> !date.isPlaceholder()).map(PartialDate::lastDay);
  }

  /** The last day of a period, unless it is open or a placeholder. */
  static Optional<LocalDate> knownEnd(Period period) {
    return knownEnd(period.end());
  }
}
