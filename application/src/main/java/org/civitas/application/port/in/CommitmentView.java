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

/**
 * A commitment with its figures on {@code asOf}: its progress and schedule state, each activity's
 * expected progress and state, each indicator's latest measurement and achievement. The version is
 * the one to name when reporting progress on it.
 */
public record CommitmentView(
    Commitment commitment,
    long version,
    LocalDate asOf,
    OptionalDouble progress,
    Optional<ScheduleState> state,
    ImmutableList<ActivityFigures> activities,
    ImmutableList<IndicatorFigures> indicators) {

  /** {@code stored} with its figures on {@code asOf}, as the domain derives them. */
  public static CommitmentView of(Versioned<Commitment> stored, LocalDate asOf) {
    Commitment commitment = stored.value();
    return new CommitmentView(
        commitment,
        stored.version(),
        asOf,
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
