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
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.UnitId;

/** Walks the tree of the day and rolls the commitments up at every unit. */
public final class GetProgressService implements GetProgressUseCase {

  private final LoadUnitsPort units;
  private final LoadSubtreePort subtrees;
  private final LoadCommitmentsPort commitments;
  private final ClockPort clock;

  public GetProgressService(
      LoadUnitsPort units,
      LoadSubtreePort subtrees,
      LoadCommitmentsPort commitments,
      ClockPort clock) {
    this.units = units;
    this.subtrees = subtrees;
    this.commitments = commitments;
    this.clock = clock;
  }

  @Override
  public ProgressReport progress(GetProgressQuery query) {
    LocalDate date = query.asOf().orElseGet(clock::today);
    Led led = Led.read(units, subtrees, commitments, query.unit(), date);
    ImmutableMap<UnitId, RollUp> rollUps = RollUp.ofEveryUnit(led.hierarchy(), led.commitments());
    ImmutableListMultimap<UnitId, CommitmentSummary> byLead =
        led.commitments().stream()
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    Commitment::lead, c -> CommitmentSummary.of(c, date)));
    ImmutableList.Builder<UnitProgress> rows = ImmutableList.builder();
    led.eachUnit(
        (unit, depth) ->
            rows.add(new UnitProgress(unit, depth, rollUps.get(unit.id()), byLead.get(unit.id()))));
    return new ProgressReport(date, rows.build());
  }
}
