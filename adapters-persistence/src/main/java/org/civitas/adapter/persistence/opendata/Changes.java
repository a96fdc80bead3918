package org.civitas.adapter.persistence.opendata;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;

/**
 * The dated changes to the structure that the record holds, as an export publishes them: a unit's
 * establishment and its dissolution where the source gives their date, then each restructuring that
 * took effect. A change is told once: the dissolution of a unit a merge, a split or a dissolution
 * ends, and the establishment of a successor on the day of the restructuring, are that
 * restructuring. Each change has a path of its own under the base IRI, so that its IRI is stable.
 */
final class Changes {

  /**
   * One change: its path, what happened (a past participle: {@code established}, {@code renamed},
   * {@code merged} …), when, the units before it, the units it gave, and the restructuring it is,
   * if it is one.
   */
  record Change(
      String path,
      String type,
      PartialDate date,
      ImmutableList<UnitId> originals,
      ImmutableList<UnitId> results,
      Optional<Restructuring> restructuring) {}

  private final OrgChart chart;
  private final ImmutableList<Change> all;
  private final ImmutableListMultimap<UnitId, Change> byOriginal;
  private final ImmutableListMultimap<UnitId, Change> byResult;

  private Changes(OrgChart chart, ImmutableList<Change> all) {
    this.chart = chart;
    this.all = all;
    ImmutableListMultimap.Builder<UnitId, Change> originals = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<UnitId, Change> results = ImmutableListMultimap.builder();
    for (Change change : all) {
      change.originals().forEach(unit -> originals.put(unit, change));
      change.results().forEach(unit -> results.put(unit, change));
    }
    this.byOriginal = originals.build();
    this.byResult = results.build();
  }

  /**
   * The changes of {@code snapshot}: the establishments and dissolutions unit by unit in the
   * record's order, each establishment before a dissolution, then the restructurings in the order
   * they took effect. One that could not take effect is left out, as it is from the structure.
   */
  static Changes of(Snapshot snapshot) {
    if (snapshot.restructurings().isEmpty()) {
      return of(snapshot.chart(), List.of());
    }
    Replay replay = snapshot.replay();
    return of(
        replay.chart(),
        replay.applied().stream().map(Replay.Applied::restructuring).collect(Collectors.toList()));
  }

  private static Changes of(OrgChart chart, List<Restructuring> restructurings) {
    Set<UnitId> ended = new HashSet<>();
    Set<Arrival> arrivals = new HashSet<>();
    for (Restructuring restructuring : restructurings) {
      if (restructuring instanceof Restructuring.Ending ending) {
        ended.addAll(ending.ended());
        ending
            .successors()
            .forEach(unit -> arrivals.add(new Arrival(unit, restructuring.effective())));
      }
    }
    ImmutableList.Builder<Change> changes = ImmutableList.builder();
    for (OrgUnit unit : chart.units()) {
      String path = "units/" + unit.id().value();
      ImmutableList<UnitId> it = ImmutableList.of(unit.id());
      unit.established()
          .filter(date -> !arrivals.contains(new Arrival(unit.id(), date.firstDay())))
          .ifPresent(
              date ->
                  changes.add(
                      new Change(
                          path + "/established",
                          "established",
                          date,
                          ImmutableList.of(),
                          it,
                          Optional.empty())));
      unit.dissolved()
          .filter(date -> !ended.contains(unit.id()))
          .ifPresent(
              date ->
                  changes.add(
                      new Change(
                          path + "/dissolved",
                          "dissolved",
                          date,
                          it,
                          ImmutableList.of(),
                          Optional.empty())));
    }
    Set<String> paths = new HashSet<>();
    for (Restructuring restructuring : restructurings) {
      changes.add(restructuring(restructuring, paths));
    }
    return new Changes(chart, changes.build());
  }

  /** A successor that starts its life on the day of the restructuring that names it. */
  private record Arrival(UnitId unit, LocalDate day) {}

  private static Change restructuring(Restructuring restructuring, Set<String> paths) {
    String done;
    ImmutableList<UnitId> originals;
    ImmutableList<UnitId> results;
    Optional<UnitId> parent = Optional.empty();
    if (restructuring instanceof Restructuring.Rename rename) {
      done = "renamed";
      originals = ImmutableList.of(rename.unit());
      results = originals;
    } else if (restructuring instanceof Restructuring.Move move) {
      done = "moved";
      originals = ImmutableList.of(move.unit());
      results = originals;
      parent = Optional.of(move.parent());
    } else if (restructuring instanceof Restructuring.Merge merge) {
      done = "merged";
      // The unit that absorbs the others, when it is one of them, was there before too.
      originals = ImmutableSet.copyOf(merge.units()).asList();
      results = merge.successors();
    } else {
      Restructuring.Ending ending = (Restructuring.Ending) restructuring;
      done = ending instanceof Restructuring.Split ? "split" : "dissolved";
      originals = ending.ended();
      results = ending.successors();
    }
    ImmutableSet.Builder<UnitId> named =
        ImmutableSet.<UnitId>builder().addAll(originals).addAll(results);
    parent.ifPresent(named::add);
    String path =
        unique(
            "restructurings/"
                + restructuring.date()
                + "-"
                + restructuring.type()
                + "-"
                + named.build().stream().map(UnitId::value).collect(Collectors.joining("+")),
            paths);
    return new Change(
        path, done, restructuring.date(), originals, results, Optional.of(restructuring));
  }

  /** {@code path}, or {@code path-2}, {@code path-3} … when a change already has it. */
  private static String unique(String path, Set<String> paths) {
    String candidate = path;
    for (int n = 2; !paths.add(candidate); n++) {
      candidate = path + "-" + n;
    }
    return candidate;
  }

  /** The units across time, as the restructurings that took effect leave them. */
  OrgChart chart() {
    return chart;
  }

  ImmutableList<Change> all() {
    return all;
  }

  /** The changes {@code unit} went through: those it was there before. */
  ImmutableList<Change> changing(UnitId unit) {
    return byOriginal.get(unit);
  }

  /** The changes {@code unit} came out of. */
  ImmutableList<Change> resultingIn(UnitId unit) {
    return byResult.get(unit);
  }
}
