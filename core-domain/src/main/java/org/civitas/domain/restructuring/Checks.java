package org.civitas.domain.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.MoveRefusal;
import org.civitas.domain.organization.MoveResult;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;

/**
 * Whether a restructuring may take effect on the structure as replayed so far, and if not, every
 * reason why.
 */
final class Checks {

  private final Map<UnitId, OrgUnit> units;
  private final Collection<Strategy> strategies;
  private final Map<StrategyId, Strategy> strategiesById = new LinkedHashMap<>();
  private final Map<CommitmentId, Commitment> commitments = new LinkedHashMap<>();
  private Optional<Holdings> holdings = Optional.empty();

  /** {@code units} is the structure as replayed so far: it changes as the replay goes. */
  Checks(
      Map<UnitId, OrgUnit> units,
      Collection<Strategy> strategies,
      Collection<Commitment> commitments) {
    this.units = units;
    this.strategies = strategies;
    strategies.forEach(s -> strategiesById.putIfAbsent(s.id(), s));
    commitments.forEach(c -> this.commitments.putIfAbsent(c.id(), c));
  }

  /** Starts from the holdings of {@code holders} and of the strategies and commitments given. */
  void holdFrom(Collection<OrgUnit> holders) {
    holdings = Optional.of(new Holdings(holders, strategies, commitments.values()));
  }

  /** Starts from {@code given}, who holds what as a replay left it. */
  void holdFrom(Holdings given) {
    holdings = Optional.of(given);
  }

  /** Who holds what, worked out the first time a restructuring ends a unit. */
  Holdings holdings() {
    if (holdings.isEmpty()) {
      holdings = Optional.of(new Holdings(units.values(), strategies, commitments.values()));
    }
    return holdings.get();
  }

  List<RestructuringRefusal> of(Restructuring restructuring) {
    List<RestructuringRefusal> reasons = new ArrayList<>();
    if (restructuring instanceof Restructuring.Rename rename) {
      if (known(rename.unit(), "unit", reasons)) {
        aliveBefore(rename.unit(), rename.effective(), "unit", reasons);
      }
    } else if (restructuring instanceof Restructuring.Move move) {
      move(move, reasons);
    } else if (restructuring instanceof Restructuring.Ending ending) {
      ending(ending, reasons);
    }
    return reasons;
  }

  private void move(Restructuring.Move move, List<RestructuringRefusal> reasons) {
    boolean known = known(move.unit(), "unit", reasons) & known(move.parent(), "parent", reasons);
    if (!known) {
      return;
    }
    MoveResult result =
        OrgChart.of(units.values()).move(move.unit(), move.parent(), move.effective());
    if (result instanceof MoveResult.Refused refused) {
      MoveRefusal reason = refused.reason();
      if (reason instanceof MoveRefusal.NotAlive notAlive) {
        reasons.add(
            new RestructuringRefusal.NotAlive(
                notAlive.unit(),
                notAlive.date(),
                notAlive.unit().equals(move.unit()) ? "unit" : "parent"));
      } else {
        reasons.add(
            new RestructuringRefusal.WouldCreateCycle(move.unit(), move.parent(), "parent"));
      }
    }
  }

  private void ending(Restructuring.Ending ending, List<RestructuringRefusal> reasons) {
    LocalDate day = ending.effective();
    if (ending instanceof Restructuring.Merge merge) {
      int distinct = named(merge.units(), "units", Optional.empty(), reasons);
      if (distinct < 2) {
        reasons.add(new RestructuringRefusal.MergeOfOneUnit("units"));
      }
      if (known(merge.into(), "into", reasons)) {
        alive(merge.into(), day, "into", reasons);
      }
      for (int i = 0; i < merge.units().size(); i++) {
        UnitId unit = merge.units().get(i);
        if (!unit.equals(merge.into()) && units.containsKey(unit)) {
          ends(unit, day, "units/" + i, reasons);
        }
      }
    } else if (ending instanceof Restructuring.Split split) {
      if (known(split.unit(), "unit", reasons)) {
        ends(split.unit(), day, "unit", reasons);
      }
      int distinct = named(split.into(), "into", Optional.of(split.unit()), reasons);
      if (distinct < 2) {
        reasons.add(new RestructuringRefusal.SplitIntoOneUnit("into"));
      }
      successorsAlive(split.into(), "into", day, reasons);
    } else if (ending instanceof Restructuring.Dissolve dissolve) {
      if (known(dissolve.unit(), "unit", reasons)) {
        ends(dissolve.unit(), day, "unit", reasons);
      }
      named(dissolve.successors(), "successors", Optional.of(dissolve.unit()), reasons);
      successorsAlive(dissolve.successors(), "successors", day, reasons);
    }
    if (reasons.isEmpty()) {
      handover(ending, reasons);
    }
  }

  /**
   * Checks that the units listed at {@code field} are known, each named once and not {@code
   * itself}; answers how many distinct units the list names.
   */
  private int named(
      ImmutableList<UnitId> listed,
      String field,
      Optional<UnitId> itself,
      List<RestructuringRefusal> reasons) {
    Set<UnitId> seen = new HashSet<>();
    for (int i = 0; i < listed.size(); i++) {
      UnitId unit = listed.get(i);
      String at = field + "/" + i;
      if (!seen.add(unit)) {
        reasons.add(new RestructuringRefusal.NamedTwice(unit, at));
      } else if (itself.map(unit::equals).orElse(false)) {
        reasons.add(new RestructuringRefusal.OwnSuccessor(unit, at));
      } else {
        known(unit, at, reasons);
      }
    }
    return seen.size();
  }

  private void successorsAlive(
      ImmutableList<UnitId> successors,
      String field,
      LocalDate day,
      List<RestructuringRefusal> reasons) {
    for (int i = 0; i < successors.size(); i++) {
      if (units.containsKey(successors.get(i))) {
        alive(successors.get(i), day, field + "/" + i, reasons);
      }
    }
  }

  /** A unit a restructuring ends must live the day before and have no end of its own. */
  private void ends(UnitId unit, LocalDate day, String field, List<RestructuringRefusal> reasons) {
    if (aliveBefore(unit, day, field, reasons)) {
      units
          .get(unit)
          .dissolved()
          .ifPresent(
              dissolved ->
                  reasons.add(new RestructuringRefusal.DissolvedOfItself(unit, dissolved, field)));
    }
  }

  /** A unit renamed or ended must live on the day before the date, and on the date. */
  private boolean aliveBefore(
      UnitId unit, LocalDate day, String field, List<RestructuringRefusal> reasons) {
    return alive(unit, day.minusDays(1), field, reasons) && alive(unit, day, field, reasons);
  }

  private boolean alive(
      UnitId unit, LocalDate day, String field, List<RestructuringRefusal> reasons) {
    if (!units.get(unit).isAliveOn(day)) {
      reasons.add(new RestructuringRefusal.NotAlive(unit, day, field));
      return false;
    }
    return true;
  }

  private boolean known(UnitId unit, String field, List<RestructuringRefusal> reasons) {
    if (!units.containsKey(unit)) {
      reasons.add(new RestructuringRefusal.UnknownUnit(unit, field));
      return false;
    }
    return true;
  }

  // ------------------------------------------------------------------------------ handover

  private void handover(Restructuring.Ending ending, List<RestructuringRefusal> reasons) {
    Set<UnitId> ended = Set.copyOf(ending.ended());
    Handover handover = ending.handover();
    Set<Object> handed = new HashSet<>();
    each(
        handover.attributions(),
        "attributions",
        ending,
        reasons,
        (at, attribution) -> attribution(attribution, at, ended, handed, reasons));
    for (int i = 0; i < handover.dropped().size(); i++) {
      attribution(handover.dropped().get(i), "dropped/" + i, ended, handed, reasons);
    }
    each(
        handover.commitments(),
        "commitments",
        ending,
        reasons,
        (at, commitment) -> commitment(commitment, at, ended, handed, reasons));
    each(
        handover.strategies(),
        "strategies",
        ending,
        reasons,
        (at, strategy) -> strategy(strategy, at, ended, handed, reasons));
    each(
        handover.actions(),
        "actions",
        ending,
        reasons,
        (at, action) -> action(action, at, ended, handed, reasons));
  }

  /**
   * Checks each unit a handover gives to (known, alive on the date and not ended by it), then each
   * thing it gives, at {@code field/UNIT/N}.
   */
  private <V> void each(
      ImmutableListMultimap<UnitId, V> given,
      String field,
      Restructuring.Ending ending,
      List<RestructuringRefusal> reasons,
      BiConsumer<String, V> check) {
    for (UnitId to : given.keySet()) {
      String at = field + "/" + to;
      if (!known(to, at, reasons)) {
        continue;
      }
      if (ending.ended().contains(to)) {
        reasons.add(new RestructuringRefusal.NotAlive(to, ending.effective(), at));
      } else {
        alive(to, ending.effective(), at, reasons);
      }
      ImmutableList<V> values = given.get(to);
      for (int i = 0; i < values.size(); i++) {
        check.accept(at + "/" + i, values.get(i));
      }
    }
  }

  private void attribution(
      Holding.Attribution attribution,
      String at,
      Set<UnitId> ended,
      Set<Object> handed,
      List<RestructuringRefusal> reasons) {
    OrgUnit unit = units.get(attribution.unit());
    if (unit == null) {
      reasons.add(new RestructuringRefusal.UnknownUnit(attribution.unit(), at));
      return;
    }
    int count = unit.mandate().map(m -> m.attributions().size()).orElse(0);
    if (attribution.index() >= count) {
      reasons.add(
          new RestructuringRefusal.NoSuchAttribution(
              attribution.unit(), attribution.index(), count, at));
      return;
    }
    held(attribution, List.of(attribution), at, ended, handed, reasons);
  }

  private void commitment(
      CommitmentId id,
      String at,
      Set<UnitId> ended,
      Set<Object> handed,
      List<RestructuringRefusal> reasons) {
    Commitment commitment = commitments.get(id);
    if (commitment == null) {
      reasons.add(new RestructuringRefusal.UnknownCommitment(id, at));
      return;
    }
    List<Holding> roles = new ArrayList<>();
    roles.add(new Holding.Lead(id, commitment.lead()));
    commitment.contributors().forEach(unit -> roles.add(new Holding.Contribution(id, unit)));
    held(id, roles, at, ended, handed, reasons, "commitment '" + id + "'");
  }

  private void strategy(
      StrategyId id,
      String at,
      Set<UnitId> ended,
      Set<Object> handed,
      List<RestructuringRefusal> reasons) {
    Strategy strategy = strategiesById.get(id);
    if (strategy == null) {
      reasons.add(new RestructuringRefusal.UnknownStrategy(id, at));
      return;
    }
    List<Holding> owned =
        strategy.owner().stream().map(o -> (Holding) new Holding.Ownership(id, o)).toList();
    held(id, owned, at, ended, handed, reasons, "strategy '" + id + "'");
  }

  private void action(
      ElementRef ref,
      String at,
      Set<UnitId> ended,
      Set<Object> handed,
      List<RestructuringRefusal> reasons) {
    Optional<List<Holding>> owners =
        Holdings.action(strategies, ref)
            .map(
                action ->
                    action.owners().stream()
                        .map(o -> (Holding) new Holding.ActionOwnership(ref, o))
                        .toList());
    if (owners.isEmpty()) {
      reasons.add(new RestructuringRefusal.UnknownAction(ref, at));
      return;
    }
    held(ref, owners.get(), at, ended, handed, reasons, "action '" + ref + "'");
  }

  private void held(
      Holding.Attribution attribution,
      List<Holding> holdingsOf,
      String at,
      Set<UnitId> ended,
      Set<Object> handed,
      List<RestructuringRefusal> reasons) {
    held(attribution, holdingsOf, at, ended, handed, reasons, attribution.describe());
  }

  /**
   * Checks that one of {@code roles} is held by a unit {@code ended} ends, and that {@code subject}
   * is handed over once.
   */
  private void held(
      Object subject,
      List<Holding> roles,
      String at,
      Set<UnitId> ended,
      Set<Object> handed,
      List<RestructuringRefusal> reasons,
      String described) {
    if (!handed.add(subject)) {
      reasons.add(new RestructuringRefusal.HandedOverTwice(described, at));
      return;
    }
    boolean held =
        roles.stream()
            .anyMatch(role -> holdings().holderOf(role).map(ended::contains).orElse(false));
    if (!held) {
      reasons.add(new RestructuringRefusal.NotHeld(described, at));
    }
  }
}
