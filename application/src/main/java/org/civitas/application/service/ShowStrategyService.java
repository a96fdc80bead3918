package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.ShowStrategyQuery;
import org.civitas.application.port.in.ShowStrategyUseCase;
import org.civitas.application.port.in.StrategyView;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentsPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadStrategyPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.restructuring.Leads;
import org.civitas.domain.strategy.Coverage;
import org.civitas.domain.strategy.Strategy;

/**
 * Gives a strategy who owns each of its actions on the day and the figures of the commitments that
 * serve it, each under the unit that leads it that day.
 */
public final class ShowStrategyService implements ShowStrategyUseCase {

  private final LoadStrategyPort strategies;
  private final LoadCommitmentsPort commitments;
  private final LoadRestructuringsPort restructurings;
  private final ClockPort clock;

  public ShowStrategyService(
      LoadStrategyPort strategies,
      LoadCommitmentsPort commitments,
      LoadRestructuringsPort restructurings,
      ClockPort clock) {
    this.strategies = strategies;
    this.commitments = commitments;
    this.restructurings = restructurings;
    this.clock = clock;
  }

  @Override
  public StrategyView show(ShowStrategyQuery query) {
    Versioned<Strategy> strategy =
        strategies
            .loadStrategy(query.strategy())
            .orElseThrow(() -> UnknownId.of(UnknownId.Kind.STRATEGY, query.strategy()));
    LocalDate date = query.asOf().orElseGet(clock::today);
    List<Commitment> serving =
        commitments.loadCommitments().stream()
            .filter(
                c ->
                    c.contributesTo().stream()
                        .anyMatch(ref -> ref.strategy().equals(query.strategy())))
            .toList();
    Leads leads = Leads.of(List.of(strategy.value()), serving, restructurings.loadRestructurings());
    ImmutableList<CommitmentSummary> summaries =
        serving.stream()
            .map(c -> CommitmentSummary.of(c, leads.on(c, date), date))
            .collect(ImmutableList.toImmutableList());
    return new StrategyView(
        strategy.value(),
        strategy.version(),
        date,
        Coverage.of(strategy.value(), action -> leads.ownersOn(strategy.value(), action, date)),
        summaries);
  }
}
