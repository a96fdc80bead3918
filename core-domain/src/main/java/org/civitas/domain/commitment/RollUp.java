package org.civitas.domain.commitment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.UnitId;

/**
 * The commitments led by a unit's whole subtree on a day: how many, their mean progress and how
 * many stand in each schedule state. Each commitment counts once, at the unit that leads it that
 * day, so a roll-up of a parent never counts a child's commitment twice. That unit is the lead its
 * record names unless a restructuring passed the lead on: the callers that know the restructurings
 * say which unit leads each commitment.
 */
public record RollUp(
    UnitId unit,
    LocalDate date,
    int commitments,
    OptionalDouble meanProgress,
    Map<ScheduleState, Integer> states) {

  public RollUp {
    states = Maps.immutableEnumMap(states);
  }

  /**
   * The roll-up of {@code unit}'s subtree on the day {@code hierarchy} stands for, each commitment
   * led by the unit its record names.
   */
  public static RollUp of(UnitId unit, Hierarchy hierarchy, Collection<Commitment> all) {
    return of(unit, hierarchy, all, Commitment::lead);
  }

  /**
   * The roll-up of {@code unit}'s subtree on the day {@code hierarchy} stands for, each commitment
   * led that day by the unit {@code leadOf} gives it.
   */
  public static RollUp of(
      UnitId unit,
      Hierarchy hierarchy,
      Collection<Commitment> all,
      Function<Commitment, UnitId> leadOf) {
    ImmutableSet<UnitId> subtree = ImmutableSet.copyOf(hierarchy.subtree(unit));
    Tally tally = new Tally();
    for (Commitment commitment : all) {
      if (subtree.contains(leadOf.apply(commitment))) {
        tally.count(commitment, hierarchy.date());
      }
    }
    return tally.rollUp(unit, hierarchy.date());
  }

  /**
   * The roll-up of every unit of {@code hierarchy} at once, each commitment led by the unit its
   * record names.
   */
  public static ImmutableMap<UnitId, RollUp> ofEveryUnit(
      Hierarchy hierarchy, Collection<Commitment> all) {
    return ofEveryUnit(hierarchy, all, Commitment::lead);
  }

  /**
   * The roll-up of every unit of {@code hierarchy} at once, each commitment led that day by the
   * unit {@code leadOf} gives it: each commitment is tallied at its lead, then each unit's tally is
   * added to its parent's, children first. One pass over the units and one over the commitments,
   * whatever the depth.
   */
  public static ImmutableMap<UnitId, RollUp> ofEveryUnit(
      Hierarchy hierarchy, Collection<Commitment> all, Function<Commitment, UnitId> leadOf) {
    LocalDate date = hierarchy.date();
    Map<UnitId, Tally> tallies = new HashMap<>();
    for (Commitment commitment : all) {
      UnitId lead = leadOf.apply(commitment);
      if (hierarchy.contains(lead)) {
        tallies.computeIfAbsent(lead, id -> new Tally()).count(commitment, date);
      }
    }
    ImmutableMap.Builder<UnitId, RollUp> rollUps = ImmutableMap.builder();
    for (UnitId root : hierarchy.roots()) {
      ImmutableList<UnitId> subtree = hierarchy.subtree(root);
      for (UnitId id : subtree.reverse()) {
        Tally own = tallies.computeIfAbsent(id, unused -> new Tally());
        hierarchy
            .parent(id)
            .ifPresent(parent -> tallies.computeIfAbsent(parent, p -> new Tally()).add(own));
        rollUps.put(id, own.rollUp(id, date));
      }
    }
    return rollUps.buildKeepingLast();
  }

  /** Running sums from which a roll-up is made. */
  private static final class Tally {
    private int count;
    private int withFigure;
    private double sum;
    private final EnumMap<ScheduleState, Integer> states = new EnumMap<>(ScheduleState.class);

    void count(Commitment commitment, LocalDate date) {
      count++;
      OptionalDouble progress = Progress.of(commitment);
      if (progress.isPresent()) {
        withFigure++;
        sum += progress.getAsDouble();
      }
      Progress.state(commitment, date).ifPresent(s -> states.merge(s, 1, Integer::sum));
    }

    void add(Tally other) {
      count += other.count;
      withFigure += other.withFigure;
      sum += other.sum;
      other.states.forEach((state, n) -> states.merge(state, n, Integer::sum));
    }

    RollUp rollUp(UnitId unit, LocalDate date) {
      OptionalDouble mean =
          withFigure == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / withFigure);
      return new RollUp(unit, date, count, mean, states);
    }
  }
}
