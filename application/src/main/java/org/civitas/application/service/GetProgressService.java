package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.GetProgressQuery;
import org.civitas.application.port.in.GetProgressUseCase;
import org.civitas.application.port.in.ProgressReport;
import org.civitas.application.port.in.ProgressReport.UnitProgress;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentsPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.UnitId;

/**
 * Walks the tree of the day and rolls the commitments up at every unit, each under the unit that
 * leads it that day.
 */
public final class GetProgressService implements GetProgressUseCase {

  private final Led.Reader reader;
  private final ClockPort clock;

  public GetProgressService(
      LoadUnitsPort units,
      LoadSubtreePort subtrees,
      LoadCommitmentsPort commitments,
      LoadRestructuringsPort restructurings,
      ClockPort clock) {
    this.reader = new Led.Reader(units, subtrees, commitments, restructurings);
    this.clock = clock;
  }

  @Override
  public ProgressReport progress(GetProgressQuery query) {
    LocalDate date = query.asOf().orElseGet(clock::today);
    Led led = reader.below(query.unit(), date);
    ImmutableMap<UnitId, RollUp> rollUps =
        RollUp.ofEveryUnit(led.hierarchy(), led.commitments(), led::leadOf);
    ImmutableListMultimap<UnitId, Commitment> byLead = led.byLead();
    ImmutableList.Builder<UnitProgress> rows = ImmutableList.builder();
    led.eachUnit(
        (unit, depth) ->
            rows.add(
                new UnitProgress(
                    unit,
                    depth,
                    rollUps.get(unit.id()),
                    summaries(byLead.get(unit.id()), led, date))));
    return new ProgressReport(date, rows.build(), summaries(led.orphaned(), led, date));
  }

  private static ImmutableList<CommitmentSummary> summaries(
      ImmutableList<Commitment> commitments, Led led, LocalDate date) {
    return commitments.stream()
        .map(c -> CommitmentSummary.of(c, led.leadOf(c), date))
        .collect(ImmutableList.toImmutableList());
  }
}
