package org.civitas.domain.restructuring;

import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.StrategyId;

/**
 * Something a unit holds that must pass to another when the unit ends: one of its attributions, the
 * lead of or a contribution to a commitment, a strategy or a strategy action it owns. Each is named
 * by the unit the record gives it to ({@link #original()}); who holds it on a day is {@link
 * Replay#holderOn}.
 */
public sealed interface Holding {

  /** The unit the record, as written, gives it to. */
  UnitId original();

  /** What it is, as a message names it. */
  String describe();

  /** Attribution {@code index} (0-based) of the mandate of {@code unit} as first established. */
  record Attribution(UnitId unit, int index) implements Holding {

    public Attribution {
      InvariantViolation.require(
          index >= 0, Invariant.VALUE_RANGE, "an attribution index cannot be negative");
    }

    @Override
    public UnitId original() {
      return unit;
    }

    @Override
    public String describe() {
      return "attribution " + index + " of '" + unit + "'";
    }
  }

  /** The lead of a commitment, given by the record to {@code lead}. */
  record Lead(CommitmentId commitment, UnitId lead) implements Holding {

    @Override
    public UnitId original() {
      return lead;
    }

    @Override
    public String describe() {
      return "the lead of commitment '" + commitment + "'";
    }
  }

  /** The part {@code contributor} takes in a commitment. */
  record Contribution(CommitmentId commitment, UnitId contributor) implements Holding {

    @Override
    public UnitId original() {
      return contributor;
    }

    @Override
    public String describe() {
      return "the contribution of '" + contributor + "' to commitment '" + commitment + "'";
    }
  }

  /** The ownership of a strategy. */
  record Ownership(StrategyId strategy, UnitId owner) implements Holding {

    @Override
    public UnitId original() {
      return owner;
    }

    @Override
    public String describe() {
      return "the ownership of strategy '" + strategy + "'";
    }
  }

  /** The ownership of a strategy action by one of its owners. */
  record ActionOwnership(ElementRef action, UnitId owner) implements Holding {

    @Override
    public UnitId original() {
      return owner;
    }

    @Override
    public String describe() {
      return "the ownership of action '" + action + "' by '" + owner + "'";
    }
  }
}
