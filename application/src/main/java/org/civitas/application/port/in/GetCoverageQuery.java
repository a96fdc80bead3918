package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.strategy.StrategyId;

/** The coverage of {@code strategy}: who owns each action on {@code asOf} (today when empty). */
public record GetCoverageQuery(StrategyId strategy, Optional<LocalDate> asOf) {

  public GetCoverageQuery {
    Checks.present(strategy, "the strategy");
    Checks.present(asOf, "the date, or none for today");
  }

  public static GetCoverageQuery today(StrategyId strategy) {
    return new GetCoverageQuery(strategy, Optional.empty());
  }

  public static GetCoverageQuery on(StrategyId strategy, LocalDate date) {
    return new GetCoverageQuery(strategy, Optional.of(date));
  }
}
