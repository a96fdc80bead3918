package org.civitas.domain.validation;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * {@code unit.cycle}: following a unit's parents comes back to it on some day. The structure is
 * checked on every day it may change ({@link OrgChart#daysToCheck()}); each unit of a loop is
 * reported once, at the parent link that closes the loop for it.
 */
final class ParentCycles {

  private static final int CHAIN_SHOWN = 6;

  private ParentCycles() {}

  static void check(Document document, Reporter reporter) {
    ImmutableList<OrgUnit> suspects = unitsThatMayLoop(document);
    if (suspects.isEmpty()) {
      return;
    }
    OrgChart chart = OrgChart.of(suspects);
    Set<UnitId> reported = new HashSet<>();
    for (LocalDate day : chart.daysToCheck()) {
      for (List<UnitId> loop : loops(chart.on(day))) {
        for (int i = 0; i < loop.size(); i++) {
          if (reported.add(loop.get(i))) {
            report(document, day, loop, i, reporter);
          }
        }
      }
    }
  }

  /**
   * The units that could be in a loop on some day. A unit whose every parent, at any time, leads up
   * to a root leads up to a root on every day; peeling those off from the roots leaves the units in
   * a loop (and those under one) in linear time, so the day-by-day check, which costs the size of
   * the chart per day, only runs on them.
   */
  private static ImmutableList<OrgUnit> unitsThatMayLoop(Document document) {
    ImmutableList<OrgUnit> units = document.distinctUnits();
    Map<UnitId, Integer> unsettledParents = new HashMap<>();
    ListMultimap<UnitId, UnitId> children = ArrayListMultimap.create();
    Deque<UnitId> settled = new ArrayDeque<>();
    for (OrgUnit unit : units) {
      int parents = 0;
      for (ParentLink link : unit.parents()) {
        if (document.hasUnit(link.parent())) {
          parents++;
          children.put(link.parent(), unit.id());
        }
      }
      unsettledParents.put(unit.id(), parents);
      if (parents == 0) {
        settled.add(unit.id());
      }
    }
    while (!settled.isEmpty()) {
      for (UnitId child : children.get(settled.poll())) {
        if (unsettledParents.merge(child, -1, Integer::sum) == 0) {
          settled.add(child);
        }
      }
    }
    return units.stream()
        .filter(unit -> unsettledParents.get(unit.id()) > 0)
        .collect(ImmutableList.toImmutableList());
  }

  /** The loops of one day's structure, each listed from child to parent; linear in its size. */
  private static List<List<UnitId>> loops(Hierarchy hierarchy) {
    List<List<UnitId>> loops = new ArrayList<>();
    Map<UnitId, Integer> walkOf = new HashMap<>();
    int walk = 0;
    for (OrgUnit start : hierarchy.units()) {
      walk++;
      List<UnitId> chain = new ArrayList<>();
      @Nullable UnitId at = start.id();
      while (at != null && !walkOf.containsKey(at)) {
        walkOf.put(at, walk);
        chain.add(at);
        at = hierarchy.parent(at).orElse(null);
      }
      // Coming back to a unit of this same walk closes a loop; a unit of an earlier walk was
      // already followed to its end.
      if (at != null && walkOf.get(at) == walk) {
        loops.add(chain.subList(chain.indexOf(at), chain.size()));
      }
    }
    return loops;
  }

  /**
   * The loop as read from its {@code first} unit upwards, back to it: whole when short, else its
   * first units and its length, so that a loop of thousands of units gives readable messages.
   */
  private static String chain(List<UnitId> loop, int first) {
    StringBuilder chain = new StringBuilder();
    int shown = Math.min(loop.size(), CHAIN_SHOWN);
    for (int i = 0; i < shown; i++) {
      chain.append(loop.get((first + i) % loop.size())).append(" → ");
    }
    if (shown < loop.size()) {
      chain.append("… → ");
    }
    chain.append(loop.get(first));
    return shown < loop.size() ? chain + " (" + loop.size() + " units)" : chain.toString();
  }

  private static void report(
      Document document, LocalDate day, List<UnitId> loop, int member, Reporter reporter) {
    UnitId unit = loop.get(member);
    Located<OrgUnit> located = document.unit(unit).orElseThrow();
    List<ParentLink> links = located.value().parents();
    int link = 0;
    while (link < links.size() - 1 && !links.get(link).period().contains(day)) {
      link++;
    }
    reporter.report(
        document.parentLink(located, link),
        String.format(
            "unit '%s' ends up under itself: its parent chain %s loops; give one of these units a"
                + " parent outside the loop, or none",
            unit, chain(loop, member)));
  }
}
