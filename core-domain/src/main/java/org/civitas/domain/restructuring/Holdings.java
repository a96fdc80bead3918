package org.civitas.domain.restructuring;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Strategy;

/** Who holds what as a replay goes: each holding with its holder, and each unit's holdings. */
final class Holdings {

  private final Map<Holding, UnitId> holders = new HashMap<>();
  private final Map<UnitId, Set<Holding>> held = new HashMap<>();

  Holdings(
      Collection<OrgUnit> units,
      Collection<Strategy> strategies,
      Collection<Commitment> commitments) {
    for (OrgUnit unit : units) {
      int count = unit.mandate().map(m -> m.attributions().size()).orElse(0);
      for (int i = 0; i < count; i++) {
        add(new Holding.Attribution(unit.id(), i));
      }
    }
    for (Commitment commitment : commitments) {
      add(new Holding.Lead(commitment.id(), commitment.lead()));
      commitment
          .contributors()
          .forEach(unit -> add(new Holding.Contribution(commitment.id(), unit)));
    }
    for (Strategy strategy : strategies) {
      strategy.owner().ifPresent(owner -> add(new Holding.Ownership(strategy.id(), owner)));
      strategy
          .actions()
          .forEach(
              action -> {
                ElementRef ref = new ElementRef(strategy.id(), action.id());
                action.owners().forEach(owner -> add(new Holding.ActionOwnership(ref, owner)));
              });
    }
  }

  private void add(Holding holding) {
    if (holders.putIfAbsent(holding, holding.original()) == null) {
      held.computeIfAbsent(holding.original(), unit -> new LinkedHashSet<>()).add(holding);
    }
  }

  /** The holdings {@code unit} holds now, in the order it came to hold them; a copy. */
  List<Holding> heldBy(UnitId unit) {
    return List.copyOf(held.getOrDefault(unit, Set.of()));
  }

  Optional<UnitId> holderOf(Holding holding) {
    return Optional.ofNullable(holders.get(holding));
  }

  void pass(Holding holding, UnitId to) {
    drop(holding);
    holders.put(holding, to);
    held.computeIfAbsent(to, unit -> new LinkedHashSet<>()).add(holding);
  }

  void drop(Holding holding) {
    UnitId from = holders.remove(holding);
    if (from != null) {
      held.get(from).remove(holding);
    }
  }

  /** What a handover names to pass a holding on: its commitment, strategy or action. */
  static Object subject(Holding holding) {
    if (holding instanceof Holding.Lead lead) {
      return lead.commitment();
    }
    if (holding instanceof Holding.Contribution contribution) {
      return contribution.commitment();
    }
    if (holding instanceof Holding.Ownership ownership) {
      return ownership.strategy();
    }
    if (holding instanceof Holding.ActionOwnership ownership) {
      return ownership.action();
    }
    return holding;
  }

  /** The field of a restructuring where a holding of this kind is handed over. */
  static String field(Holding holding) {
    if (holding instanceof Holding.Attribution) {
      return "attributions";
    }
    if (holding instanceof Holding.Ownership) {
      return "strategies";
    }
    if (holding instanceof Holding.ActionOwnership) {
      return "actions";
    }
    return "commitments";
  }

  /** The action {@code ref} names among {@code strategies}, if there is one. */
  static Optional<Action> action(Collection<Strategy> strategies, ElementRef ref) {
    return strategies.stream()
        .filter(s -> s.id().equals(ref.strategy()))
        .flatMap(Strategy::actions)
        .filter(a -> a.id().equals(ref.element()))
        .findFirst();
  }
}
