package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.application.port.Versioned;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.Progress;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.UnitId;

/**
 * A commitment with its figures on {@code asOf}: the unit that leads it that day, its progress and
 * schedule state, each activity's expected progress and state, each indicator's latest measurement
 * and achievement. The version is the one to name when reporting progress on it.
 *
 * @param lead the unit that leads it on {@code asOf}: the one its record names ({@code
 *     commitment().lead()}) until a merge, a split or a dissolution passes the lead on
 * @param orphaned whether a restructuring ended {@code lead} on {@code asOf} or before, handing the
 *     lead to no unit: nobody holds it, and {@code lead} is the unit that ended
 */
public record CommitmentView(
    Commitment commitment,
    long version,
    LocalDate asOf,
    UnitId lead,
    boolean orphaned,
    OptionalDouble progress,
    Optional<ScheduleState> state,
    ImmutableList<ActivityFigures> activities,
    ImmutableList<IndicatorFigures> indicators) {

  /**
   * {@code stored} with its figures on {@code asOf}, as the domain derives them, led that day by
   * {@code lead}, {@code orphaned} or not.
   */
  public static CommitmentView of(
      Versioned<Commitment> stored, LocalDate asOf, UnitId lead, boolean orphaned) {
    Commitment commitment = stored.value();
    return new CommitmentView(
        commitment,
        stored.version(),
        asOf,
        lead,
        orphaned,
        Progress.of(commitment),
        Progress.state(commitment, asOf),
        commitment.activities().stream()
            .map(a -> new ActivityFigures(a, Progress.expected(a, asOf), Progress.state(a, asOf)))
            .collect(ImmutableList.toImmutableList()),
        commitment.indicators().stream()
            .map(i -> new IndicatorFigures(i, i.latest(), i.achievement()))
            .collect(ImmutableList.toImmutableList()));
  }

  /** An activity with the progress it should have reached and where it stands. */
  public record ActivityFigures(
      Activity activity, OptionalDouble expectedProgress, ScheduleState state) {}

  /** An indicator with its latest measurement and how far it has gone towards its target. */
  public record IndicatorFigures(
      Indicator indicator, Optional<Measurement> latest, OptionalDouble achievement) {}
}
