package org.civitas.adapter.persistence.path;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;

/**
 * The dated paths of units: for each unit, the spans of days over which its chain of parents stays
 * the same, with that chain. They follow the domain's {@code Hierarchy} day by day: a unit is
 * placed only while alive, under the parent of its first link in force that day, and stands as a
 * root while it has none or that parent is not alive. Stores compute them when units are written,
 * so that no read ever walks the hierarchy.
 */
public final class UnitPaths {

  /** A span of days over which a unit's path is the same. */
  private record Segment(Days days, String path, int depth) {}

  private record Request(UnitId unit, Days window) {}

  private final Map<UnitId, OrgUnit> units;
  private final Map<Request, List<Segment>> known = new HashMap<>();
  private final Deque<UnitId> chain = new ArrayDeque<>();

  private UnitPaths(Map<UnitId, OrgUnit> units) {
    this.units = units;
  }

  /**
   * The dated paths of the units of {@code snapshot} across time: the structure its restructurings
   * give, so that a subtree asked as of a day is the one in force that day.
   *
   * @throws IllegalArgumentException when a restructuring cannot take effect, or units sit under
   *     each other on some day
   */
  public static ImmutableList<DatedPath> of(Snapshot snapshot) {
    snapshot.replay().refusals().stream()
        .findFirst()
        .ifPresent(
            refused -> {
              throw new IllegalArgumentException(
                  "the "
                      + refused.restructuring().type()
                      + " at /restructurings/"
                      + refused.index()
                      + " cannot take effect ("
                      + refused.reasons().get(0).message()
                      + "): validate the snapshot first");
            });
    return of(snapshot.chart().units());
  }

  /**
   * The dated paths of every unit of {@code units}, unit by unit in their order, each unit's in the
   * order of their days.
   *
   * @throws IllegalArgumentException when units sit under each other on some day, so that no chain
   *     reaches a root
   */
  public static ImmutableList<DatedPath> of(Collection<OrgUnit> units) {
    Map<UnitId, OrgUnit> byId = new LinkedHashMap<>();
    units.forEach(unit -> byId.putIfAbsent(unit.id(), unit));
    UnitPaths paths = new UnitPaths(byId);
    ImmutableList.Builder<DatedPath> out = ImmutableList.builder();
    for (OrgUnit unit : byId.values()) {
      for (Segment segment : paths.segments(unit, Days.ALWAYS)) {
        out.add(
            new DatedPath(
                unit.id(),
                segment.path(),
                segment.depth(),
                segment.days().firstDay(),
                segment.days().lastDay()));
      }
    }
    return out.build();
  }

  /**
   * Whether {@code after} stands elsewhere than {@code before} on some day: its parents or its
   * lifetime differ, so its paths and those of the units below it must be computed again.
   */
  public static boolean placeDiffers(OrgUnit before, OrgUnit after) {
    return !before.parents().equals(after.parents()) || !before.lifetime().equals(after.lifetime());
  }

  /** The paths of {@code unit} on the days of {@code window} it was alive. */
  private List<Segment> segments(OrgUnit unit, Days window) {
    Days alive = window.intersect(Days.of(unit.lifetime()));
    if (alive.isEmpty()) {
      return List.of();
    }
    Request request = new Request(unit.id(), alive);
    List<Segment> done = known.get(request);
    if (done != null) {
      return done;
    }
    if (chain.contains(unit.id())) {
      throw new IllegalArgumentException(
          "units "
              + loop(unit.id())
              + " sit under each other"
              + alive.firstDay().map(day -> " from " + day).orElse("")
              + ": validate the snapshot first");
    }
    chain.push(unit.id());
    String own = unit.id().value() + "/";
    List<Segment> found = new ArrayList<>();
    // A day belongs to the first link in force that day, as in the domain's hierarchy.
    List<Days> unplaced = new ArrayList<>(List.of(alive));
    for (ParentLink link : unit.parents()) {
      Days linked = Days.of(link.period());
      List<Days> still = new ArrayList<>();
      for (Days span : unplaced) {
        Days underParent = span.intersect(linked);
        if (underParent.isEmpty()) {
          still.add(span);
          continue;
        }
        still.addAll(span.minus(underParent));
        OrgUnit parent = units.get(link.parent());
        List<Days> asRoot = new ArrayList<>(List.of(underParent));
        if (parent != null) {
          for (Segment above : segments(parent, underParent)) {
            found.add(new Segment(above.days(), above.path() + own, above.depth() + 1));
            asRoot = subtract(asRoot, above.days());
          }
        }
        // Where the parent was not alive, the unit stands as a root.
        asRoot.forEach(days -> found.add(new Segment(days, "/" + own, 1)));
      }
      unplaced = still;
    }
    unplaced.forEach(days -> found.add(new Segment(days, "/" + own, 1)));
    chain.pop();
    List<Segment> merged = merge(found);
    known.put(request, merged);
    return merged;
  }

  private static List<Days> subtract(List<Days> spans, Days taken) {
    List<Days> rest = new ArrayList<>();
    spans.forEach(days -> rest.addAll(days.minus(taken)));
    return rest;
  }

  /** In the order of days, with spans that follow each other under one path joined. */
  private static List<Segment> merge(List<Segment> segments) {
    List<Segment> sorted = new ArrayList<>(segments);
    sorted.sort(Comparator.comparing(segment -> segment.days().first()));
    List<Segment> merged = new ArrayList<>();
    for (Segment next : sorted) {
      int lastIndex = merged.size() - 1;
      Segment previous = lastIndex < 0 ? null : merged.get(lastIndex);
      if (previous != null
          && previous.path().equals(next.path())
          && previous.days().isFollowedBy(next.days())) {
        merged.set(
            lastIndex,
            new Segment(
                new Days(previous.days().first(), next.days().last()), next.path(), next.depth()));
      } else {
        merged.add(next);
      }
    }
    return List.copyOf(merged);
  }

  /** The units of the chain from {@code unit} back to itself, e.g. {@code a → b → a}. */
  private String loop(UnitId unit) {
    List<String> ids = new ArrayList<>();
    ids.add(unit.value());
    for (UnitId below : chain) {
      ids.add(below.value());
      if (below.equals(unit)) {
        break;
      }
    }
    Collections.reverse(ids);
    return String.join(" → ", ids);
  }
}
