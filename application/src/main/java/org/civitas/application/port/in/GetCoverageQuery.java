package org.civitas.application.port.in;

import org.civitas.domain.strategy.StrategyId;

/** The coverage of {@code strategy}. */
public record GetCoverageQuery(StrategyId strategy) {

  public GetCoverageQuery {
    Checks.present(strategy, "the strategy");
  }
}
