package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.DiffStructureQuery;
import org.civitas.application.port.in.DiffStructureUseCase;
import org.civitas.application.port.in.NamedUnit;
import org.civitas.application.port.in.StructureDiffView;
import org.civitas.application.port.in.StructureDiffView.Change;
import org.civitas.application.port.in.StructureDiffView.Kind;
import org.civitas.application.port.out.LoadSnapshotPort;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.restructuring.StructureDiff;

/**
 * Compares the structure of two days in the replayed record, and says each change once: by the
 * restructuring that made it, each on its own day (two renames between the days are two changes),
 * and otherwise by what differs between the two days (a unit established or dissolved on its own
 * dates, renamed or moved without an event).
 */
public final class DiffStructureService implements DiffStructureUseCase {

  private final LoadSnapshotPort snapshots;

  public DiffStructureService(LoadSnapshotPort snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public StructureDiffView diff(DiffStructureQuery query) {
    Replay replay = snapshots.loadSnapshot().replay();
    OrgChart chart = replay.chart();
    if (query.unit().isPresent() && !chart.contains(query.unit().get())) {
      throw UnknownId.of(UnknownId.Kind.UNIT, query.unit().get());
    }
    StructureDiff diff = StructureDiff.between(replay, query.from(), query.to());
    // Established or dissolved in between, even a unit that came and went between the two days.
    List<OrgUnit> created = new ArrayList<>();
    List<OrgUnit> dissolved = new ArrayList<>();
    for (OrgUnit unit : chart.units()) {
      unit.lifetime()
          .firstDay()
          .filter(day -> within(day, query))
          .ifPresent(day -> created.add(unit));
      unit.lifetime()
          .lastDay()
          .filter(last -> within(last.plusDays(1), query))
          .ifPresent(last -> dissolved.add(unit));
    }
    Predicate<UnitId> concerned =
        query
            .unit()
            .<Predicate<UnitId>>map(root -> below(root, chart, diff, created, dissolved)::contains)
            .orElse(id -> true);
    List<Change> changes = new ArrayList<>();
    Set<UnitId> renamed = new HashSet<>();
    Set<UnitId> moved = new HashSet<>();
    Set<UnitId> ended = new HashSet<>();
    for (Replay.Applied applied : diff.restructurings()) {
      Restructuring restructuring = applied.restructuring();
      if (restructuring.unitsNamed().stream().noneMatch(concerned)) {
        continue;
      }
      changes.add(change(restructuring, chart));
      if (restructuring instanceof Restructuring.Rename rename) {
        renamed.add(rename.unit());
      } else if (restructuring instanceof Restructuring.Move move) {
        moved.add(move.unit());
      } else if (restructuring instanceof Restructuring.Ending ending) {
        ended.addAll(ending.ended());
      }
    }
    for (OrgUnit unit : created) {
      if (concerned.test(unit.id())) {
        changes.add(created(unit, chart));
      }
    }
    for (OrgUnit unit : dissolved) {
      if (concerned.test(unit.id()) && !ended.contains(unit.id())) {
        changes.add(dissolved(unit, chart));
      }
    }
    for (StructureDiff.Renamed change : diff.renamed()) {
      if (concerned.test(change.unit()) && !renamed.contains(change.unit())) {
        changes.add(renamed(change, query, chart));
      }
    }
    for (StructureDiff.Moved change : diff.moved()) {
      if (concerned.test(change.unit()) && !moved.contains(change.unit())) {
        changes.add(moved(change, query, chart));
      }
    }
    // Stable: on one day, the events in the order they took effect, then what differs.
    changes.sort(Comparator.comparing(Change::date));
    return new StructureDiffView(
        query.from(), query.to(), query.unit(), ImmutableList.copyOf(changes));
  }

  /** After {@code from}, up to {@code to} included. */
  private static boolean within(LocalDate day, DiffStructureQuery query) {
    return day.isAfter(query.from()) && !day.isAfter(query.to());
  }

  /**
   * {@code root} and every unit below it on either day and on each side of every change in between:
   * a unit that came and went between the two days is below it on some day in between.
   */
  private static Set<UnitId> below(
      UnitId root,
      OrgChart chart,
      StructureDiff diff,
      List<OrgUnit> created,
      List<OrgUnit> dissolved) {
    Set<LocalDate> days = new LinkedHashSet<>(List.of(diff.from(), diff.to()));
    for (Replay.Applied applied : diff.restructurings()) {
      days.add(applied.restructuring().effective().minusDays(1));
      days.add(applied.restructuring().effective());
    }
    created.forEach(unit -> unit.lifetime().firstDay().ifPresent(days::add));
    dissolved.forEach(unit -> unit.lifetime().lastDay().ifPresent(days::add));
    Set<UnitId> below = new HashSet<>();
    below.add(root);
    for (LocalDate day : days) {
      below.addAll(chart.on(day).subtree(root));
    }
    return below;
  }

  private static Change change(Restructuring restructuring, OrgChart chart) {
    LocalDate day = restructuring.effective();
    LocalDate eve = day.minusDays(1);
    if (restructuring instanceof Restructuring.Rename rename) {
      Optional<OrgUnit> unit = chart.unit(rename.unit());
      return new Change(
          Kind.RENAMED,
          day,
          ImmutableList.of(NamedUnit.of(rename.unit(), unit, Optional.of(eve))),
          ImmutableList.of(),
          unit.map(u -> u.nameOn(eve)),
          unit.map(u -> u.nameOn(day)),
          Optional.empty(),
          Optional.empty(),
          Optional.of(restructuring));
    }
    if (restructuring instanceof Restructuring.Move move) {
      Optional<OrgUnit> unit = chart.unit(move.unit());
      return new Change(
          Kind.MOVED,
          day,
          ImmutableList.of(NamedUnit.of(move.unit(), unit, Optional.of(eve))),
          ImmutableList.of(),
          Optional.empty(),
          Optional.empty(),
          unit.flatMap(u -> u.parentOn(eve)).map(p -> named(p, chart, eve)),
          Optional.of(named(move.parent(), chart, day)),
          Optional.of(restructuring));
    }
    Restructuring.Ending ending = (Restructuring.Ending) restructuring;
    Kind kind =
        ending instanceof Restructuring.Merge
            ? Kind.MERGED
            : ending instanceof Restructuring.Split ? Kind.SPLIT : Kind.DISSOLVED;
    return new Change(
        kind,
        day,
        ending.ended().stream()
            .map(id -> named(id, chart, eve))
            .collect(ImmutableList.toImmutableList()),
        ending.successors().stream()
            .distinct()
            .map(id -> named(id, chart, day))
            .collect(ImmutableList.toImmutableList()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(restructuring));
  }

  /** A unit established between the two days, under its parent of that day. */
  private static Change created(OrgUnit unit, OrgChart chart) {
    LocalDate day = unit.lifetime().firstDay().orElseThrow();
    return new Change(
        Kind.CREATED,
        day,
        ImmutableList.of(NamedUnit.on(unit, day)),
        ImmutableList.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        unit.parentOn(day).map(p -> named(p, chart, day)),
        Optional.empty());
  }

  /** A unit whose own dissolution date falls between the two days: gone the day after it. */
  private static Change dissolved(OrgUnit unit, OrgChart chart) {
    LocalDate last = unit.lifetime().lastDay().orElseThrow();
    return new Change(
        Kind.DISSOLVED,
        last.plusDays(1),
        ImmutableList.of(NamedUnit.on(unit, last)),
        ImmutableList.of(),
        Optional.empty(),
        Optional.empty(),
        unit.parentOn(last).map(p -> named(p, chart, last)),
        Optional.empty(),
        Optional.empty());
  }

  private static Change renamed(
      StructureDiff.Renamed change, DiffStructureQuery query, OrgChart chart) {
    return new Change(
        Kind.RENAMED,
        change.after().period().firstDay().orElse(query.to()),
        ImmutableList.of(named(change.unit(), chart, query.from())),
        ImmutableList.of(),
        Optional.of(change.before()),
        Optional.of(change.after()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * A unit under another parent on the second day: from the day its link of that day starts, or the
   * day after its link of the first day ends when it has none.
   */
  private static Change moved(
      StructureDiff.Moved change, DiffStructureQuery query, OrgChart chart) {
    Optional<OrgUnit> unit = chart.unit(change.unit());
    LocalDate day =
        unit.flatMap(u -> linkOn(u, query.to()))
            .flatMap(link -> link.period().firstDay())
            .or(
                () ->
                    unit.flatMap(u -> linkOn(u, query.from()))
                        .flatMap(link -> link.period().lastDay())
                        .map(last -> last.plusDays(1)))
            .orElse(query.to());
    return new Change(
        Kind.MOVED,
        day,
        ImmutableList.of(NamedUnit.of(change.unit(), unit, Optional.of(query.from()))),
        ImmutableList.of(),
        Optional.empty(),
        Optional.empty(),
        change.before().map(p -> named(p, chart, query.from())),
        change.after().map(p -> named(p, chart, query.to())),
        Optional.empty());
  }

  private static Optional<ParentLink> linkOn(OrgUnit unit, LocalDate day) {
    return unit.parents().stream().filter(link -> link.period().contains(day)).findFirst();
  }

  private static NamedUnit named(UnitId id, OrgChart chart, LocalDate day) {
    return NamedUnit.of(id, chart.unit(id), Optional.of(day));
  }
}
