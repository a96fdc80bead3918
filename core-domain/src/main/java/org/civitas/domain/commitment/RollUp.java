package org.civitas.domain.commitment;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.UnitId;

/**
 * The commitments led by a unit's whole subtree on a day: how many, their mean progress and how
 * many stand in each schedule state. Each commitment counts once, at its lead unit, so a roll-up
 * of a parent never counts a child's commitment twice.
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

  /** The roll-up of {@code unit}'s subtree on the day {@code hierarchy} stands for. */
  public static RollUp of(UnitId unit, Hierarchy hierarchy, Collection<Commitment> all) {
    LocalDate date = hierarchy.date();
    ImmutableSet<UnitId> subtree = ImmutableSet.copyOf(hierarchy.subtree(unit));
    int count = 0;
    int withFigure = 0;
    double sum = 0;
    EnumMap<ScheduleState, Integer> states = new EnumMap<>(ScheduleState.class);
    for (Commitment commitment : all) {
      if (!subtree.contains(commitment.lead())) {
        continue;
      }
      count++;
      OptionalDouble progress = Progress.of(commitment);
      if (progress.isPresent()) {
        withFigure++;
        sum += progress.getAsDouble();
      }
      Optional<ScheduleState> state = Progress.state(commitment, date);
      state.ifPresent(s -> states.merge(s, 1, Integer::sum));
    }
    OptionalDouble mean = withFigure == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / withFigure);
    return new RollUp(unit, date, count, mean, states);
  }
}
