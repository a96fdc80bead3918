package org.civitas.domain.strategy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import org.civitas.domain.organization.UnitId;

/** Which unit owns each action of a strategy, and which actions nobody owns. */
public record Coverage(StrategyId strategy, ImmutableList<ActionOwnership> actions) {

  /**
   * An action with the axis and objective it belongs to and the units that own it: those its record
   * names, or those that own it on a day when a restructuring passed it on.
   */
  public record ActionOwnership(
      Axis axis, Objective objective, Action action, ImmutableList<UnitId> owners) {
    public boolean isOwned() {
      return !owners.isEmpty();
    }
  }

  /** The coverage of {@code strategy} as its record names the owners. */
  public static Coverage of(Strategy strategy) {
    return of(strategy, Action::owners);
  }

  /** The coverage of {@code strategy}, each action owned by the units {@code owners} gives it. */
  public static Coverage of(Strategy strategy, Function<Action, ? extends List<UnitId>> owners) {
    ImmutableList.Builder<ActionOwnership> rows = ImmutableList.builder();
    for (Axis axis : strategy.axes()) {
      for (Objective objective : axis.objectives()) {
        for (Action action : objective.actions()) {
          rows.add(
              new ActionOwnership(
                  axis, objective, action, ImmutableList.copyOf(owners.apply(action))));
        }
      }
    }
    return new Coverage(strategy.id(), rows.build());
  }

  public ImmutableList<ActionOwnership> unowned() {
    return actions.stream().filter(a -> !a.isOwned()).collect(ImmutableList.toImmutableList());
  }

  /** The units that own {@code action}, one of the strategy's; none when it is not one. */
  public ImmutableList<UnitId> ownersOf(Action action) {
    return actions.stream()
        .filter(row -> row.action().id().equals(action.id()))
        .findFirst()
        .map(ActionOwnership::owners)
        .orElse(ImmutableList.of());
  }
}
