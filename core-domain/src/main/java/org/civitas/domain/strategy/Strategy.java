package org.civitas.domain.strategy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.Period;
import org.immutables.value.Value;

/** A strategy of axes, objectives and actions (the « stratégie 4+4 », the INDH). */
@Value.Immutable
public abstract class Strategy {

  public abstract StrategyId id();

  public abstract LocalizedText title();

  public abstract Optional<UnitId> owner();

  @Value.Default
  public Period period() {
    return Period.ALWAYS;
  }

  public abstract Optional<LocalizedText> summary();

  public abstract List<Axis> axes();

  public static ImmutableStrategy.Builder builder() {
    return ImmutableStrategy.builder();
  }

  public Stream<Objective> objectives() {
    return axes().stream().flatMap(axis -> axis.objectives().stream());
  }

  public Stream<Action> actions() {
    return objectives().flatMap(objective -> objective.actions().stream());
  }

  /** Whether an axis, objective or action of this strategy has {@code id}. */
  public boolean hasElement(ElementId id) {
    return axes().stream().anyMatch(a -> a.id().equals(id))
        || objectives().anyMatch(o -> o.id().equals(id))
        || actions().anyMatch(a -> a.id().equals(id));
  }
}
