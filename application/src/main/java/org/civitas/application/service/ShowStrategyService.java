package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.ShowStrategyQuery;
import org.civitas.application.port.in.ShowStrategyUseCase;
import org.civitas.application.port.in.StrategyView;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentsPort;
import org.civitas.application.port.out.LoadStrategyPort;
import org.civitas.domain.strategy.Coverage;
import org.civitas.domain.strategy.Strategy;

/** Gives a strategy its coverage and the figures of the commitments that serve it. */
public final class ShowStrategyService implements ShowStrategyUseCase {

  private final LoadStrategyPort strategies;
  private final LoadCommitmentsPort commitments;
  private final ClockPort clock;

  public ShowStrategyService(
      LoadStrategyPort strategies, LoadCommitmentsPort commitments, ClockPort clock) {
    this.strategies = strategies;
    this.commitments = commitments;
    this.clock = clock;
  }

  @Override
  public StrategyView show(ShowStrategyQuery query) {
    Versioned<Strategy> strategy =
        strategies
            .loadStrategy(query.strategy())
            .orElseThrow(() -> UnknownId.of(UnknownId.Kind.STRATEGY, query.strategy()));
    LocalDate date = query.asOf().orElseGet(clock::today);
    ImmutableList<CommitmentSummary> serving =
        commitments.loadCommitments().stream()
            .filter(
                c ->
                    c.contributesTo().stream()
                        .anyMatch(ref -> ref.strategy().equals(query.strategy())))
            .map(c -> CommitmentSummary.of(c, date))
            .collect(ImmutableList.toImmutableList());
    return new StrategyView(
        strategy.value(), strategy.version(), date, Coverage.of(strategy.value()), serving);
  }
}
