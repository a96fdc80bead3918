package org.civitas.domain.strategy;

import com.google.common.collect.ImmutableList;

/** Which unit owns each action of a strategy, and which actions nobody owns. */
public record Coverage(StrategyId strategy, ImmutableList<ActionOwnership> actions) {

  /** An action with the axis and objective it belongs to and its owners. */
  public record ActionOwnership(Axis axis, Objective objective, Action action) {
    public boolean isOwned() {
      return !action.owners().isEmpty();
    }
  }

  public static Coverage of(Strategy strategy) {
    ImmutableList.Builder<ActionOwnership> rows = ImmutableList.builder();
    for (Axis axis : strategy.axes()) {
      for (Objective objective : axis.objectives()) {
        for (Action action : objective.actions()) {
          rows.add(new ActionOwnership(axis, objective, action));
        }
      }
    }
    return new Coverage(strategy.id(), rows.build());
  }

  public ImmutableList<ActionOwnership> unowned() {
    return actions.stream().filter(a -> !a.isOwned()).collect(ImmutableList.toImmutableList());
  }
}
