package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.strategy.StrategyId;

/**
 * The strategy {@code strategy}, its commitments' figures as of {@code asOf} (today when empty).
 */
public record ShowStrategyQuery(StrategyId strategy, Optional<LocalDate> asOf) {

  public ShowStrategyQuery {
    Checks.present(strategy, "the strategy to show");
    Checks.present(asOf, "the date, or none for today");
  }

  public static ShowStrategyQuery today(StrategyId strategy) {
    return new ShowStrategyQuery(strategy, Optional.empty());
  }

  public static ShowStrategyQuery on(StrategyId strategy, LocalDate date) {
    return new ShowStrategyQuery(strategy, Optional.of(date));
  }
}
