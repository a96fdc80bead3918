package org.civitas.domain.strategy;

import org.civitas.domain.text.Slug;

/** The identifier of a strategy, unique among strategies. */
public record StrategyId(String value) {

  public StrategyId {
    Slug.require(value, "strategy id");
  }

  public static StrategyId of(String value) {
    return new StrategyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
