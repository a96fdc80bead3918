package org.civitas.domain.restructuring;

import java.time.LocalDate;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.time.PartialDate;

/**
 * Why a restructuring cannot take effect. Each names the field of the restructuring it concerns, as
 * the dataset format writes it ({@code unit}, {@code into/1}, {@code attributions/dgas-2/0}), and
 * says what is wrong and how to fix it.
 */
public sealed interface RestructuringRefusal {

  /** The field of the restructuring it concerns, a JSON Pointer relative to the restructuring. */
  String field();

  /** Says what is wrong and what to do instead. */
  String message();

  /** A reference to something the record does not hold. */
  sealed interface UnknownReference extends RestructuringRefusal {}

  record UnknownUnit(UnitId unit, String field) implements UnknownReference {
    @Override
    public String message() {
      return "there is no unit '" + unit + "': correct the id, or add the unit '" + unit + "'";
    }
  }

  record UnknownCommitment(CommitmentId commitment, String field) implements UnknownReference {
    @Override
    public String message() {
      return "there is no commitment '" + commitment + "': correct the id";
    }
  }

  record UnknownStrategy(StrategyId strategy, String field) implements UnknownReference {
    @Override
    public String message() {
      return "there is no strategy '" + strategy + "': correct the id";
    }
  }

  record UnknownAction(ElementRef action, String field) implements UnknownReference {
    @Override
    public String message() {
      return "there is no action '" + action + "': write STRATEGY_ID/ACTION_ID of an action";
    }
  }

  /** A unit that does not exist on a day the restructuring needs it. */
  record NotAlive(UnitId unit, LocalDate date, String field) implements RestructuringRefusal {
    @Override
    public String message() {
      return "unit '"
          + unit
          + "' does not exist on "
          + date
          + ": choose a date within its lifetime, or establish it by then";
    }
  }

  /** A unit ended by a restructuring, though its record gives it a dissolution date of its own. */
  record DissolvedOfItself(UnitId unit, PartialDate dissolved, String field)
      implements RestructuringRefusal {
    @Override
    public String message() {
      return "unit '"
          + unit
          + "' is dissolved in "
          + dissolved
          + " by its own record: remove its dissolution date, the restructuring ends it";
    }
  }

  /** A merge of fewer than two units. */
  record MergeOfOneUnit(String field) implements RestructuringRefusal {
    @Override
    public String message() {
      return "a merge joins two units or more: add the units merged, or write a dissolution"
          + " with a successor if one unit is taken over by another";
    }
  }

  /** A split into fewer than two units. */
  record SplitIntoOneUnit(String field) implements RestructuringRefusal {
    @Override
    public String message() {
      return "a split gives two successors or more: add the successors, or write a rename or a"
          + " dissolution with one successor";
    }
  }

  /** A unit among its own successors. */
  record OwnSuccessor(UnitId unit, String field) implements RestructuringRefusal {
    @Override
    public String message() {
      return "unit '" + unit + "' cannot succeed itself: name the units that carry on its work";
    }
  }

  /** A unit named twice where each must be named once. */
  record NamedTwice(UnitId unit, String field) implements RestructuringRefusal {
    @Override
    public String message() {
      return "unit '" + unit + "' is named twice: name it once";
    }
  }

  /** A move that would place a unit under itself. */
  record WouldCreateCycle(UnitId unit, UnitId parent, String field)
      implements RestructuringRefusal {
    @Override
    public String message() {
      return "moving '"
          + unit
          + "' under '"
          + parent
          + "' would place it under itself: move '"
          + parent
          + "' out of its subtree first";
    }
  }

  /** An attribution index beyond the mandate of its unit. */
  record NoSuchAttribution(UnitId unit, int index, int count, String field)
      implements RestructuringRefusal {
    @Override
    public String message() {
      return "unit '"
          + unit
          + "' has "
          + (count == 0
              ? "no attribution: remove attribution " + index
              : count + " attribution" + (count == 1 ? "" : "s") + ": use 0 to " + (count - 1));
    }
  }

  /** A holding handed over by a restructuring whose units do not hold it on its date. */
  record NotHeld(String holding, String field) implements RestructuringRefusal {
    @Override
    public String message() {
      return holding
          + " is not held by a unit this restructuring ends: remove it, or hand it over where"
          + " its holder ends";
    }
  }

  /** A holding handed over twice by one restructuring. */
  record HandedOverTwice(String holding, String field) implements RestructuringRefusal {
    @Override
    public String message() {
      return holding + " is handed over twice: give it to one unit only";
    }
  }
}
