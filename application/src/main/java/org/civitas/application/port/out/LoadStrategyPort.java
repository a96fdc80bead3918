package org.civitas.application.port.out;

import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;

/** Reads one strategy. */
public interface LoadStrategyPort {

  /** The strategy with its version, or empty when there is none with {@code id}. */
  Optional<Versioned<Strategy>> loadStrategy(StrategyId id);
}
