package org.civitas.domain.strategy;

import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/** A reference to an element of a strategy, written {@code STRATEGY_ID/ELEMENT_ID}. */
public record ElementRef(StrategyId strategy, ElementId element) {

  public static ElementRef parse(String text) {
    int slash = text.indexOf('/');
    InvariantViolation.require(
        slash > 0 && slash == text.lastIndexOf('/'),
        Invariant.ID_INVALID,
        "'"
            + text
            + "' is not a strategy element reference: write STRATEGY_ID/ELEMENT_ID"
            + " (e.g. pole-social-4-4/axe-1)");
    return new ElementRef(
        StrategyId.of(text.substring(0, slash)), ElementId.of(text.substring(slash + 1)));
  }

  @Override
  public String toString() {
    return strategy + "/" + element;
  }
}
