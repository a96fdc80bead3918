package org.civitas.domain.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.time.PartialDate;

/**
 * The record replayed: the restructurings applied in date order (in the order given within a day)
 * to the units as first established, giving the units across time ({@link #chart()}), who succeeded
 * whom, where each holding went, and what was left orphaned. A restructuring that cannot take
 * effect is refused with its reasons and the replay goes on without it, so any record can be
 * replayed.
 *
 * <p>A restructuring changes the record of the units it ends, renames or moves and of no other: a
 * unit under a unit that ends stays there until a move says otherwise (validation reports it,
 * {@code unit.dissolved-parent}), and a successor keeps its own record, established on the date of
 * the restructuring or before. Holdings are not copied from unit to unit: a commitment keeps the
 * lead its record gives, and {@link #leadOn} answers who holds it on a day.
 */
public final class Replay {

  /** A restructuring that took effect, at {@code index} in the record. */
  public record Applied(int index, Restructuring restructuring) {}

  private final OrgChart chart;
  private final ImmutableList<Applied> applied;
  private final ImmutableList<Refused> refusals;
  private final ImmutableList<Succession> successions;
  private final ImmutableList<Transfer> transfers;
  private final ImmutableList<Orphan> orphans;
  private final ImmutableListMultimap<Holding, Transfer> transfersByHolding;

  private Replay(Run run) {
    this.chart = OrgChart.of(run.units.values());
    this.applied = ImmutableList.copyOf(run.applied);
    this.refusals = ImmutableList.copyOf(run.refusals);
    this.successions = ImmutableList.copyOf(run.successions);
    this.transfers = ImmutableList.copyOf(run.transfers);
    this.orphans = ImmutableList.copyOf(run.orphans);
    this.transfersByHolding =
        transfers.stream()
            .collect(ImmutableListMultimap.toImmutableListMultimap(Transfer::holding, t -> t));
  }

  /**
   * Replays {@code restructurings} over {@code units} as first established, their strategies and
   * commitments. Where two units share an id, the first one is the one restructured.
   */
  public static Replay of(
      Collection<OrgUnit> units,
      Collection<Strategy> strategies,
      Collection<Commitment> commitments,
      List<Restructuring> restructurings) {
    return replay(new Run(units, strategies, commitments, true), restructurings);
  }

  /**
   * Replays {@code restructurings} over {@code strategies} and {@code commitments} alone, checking
   * nothing: every restructuring takes effect. It is how a store that keeps a record replayed
   * without refusal finds who leads some of its commitments and owns some strategies and actions
   * without reading the rest of the record ({@link Leads}): on such a record, it gives them the
   * holders, the transfers and the orphans that {@link #of} gives them. Its chart holds no unit.
   */
  static Replay ofHoldings(
      Collection<Strategy> strategies,
      Collection<Commitment> commitments,
      List<Restructuring> restructurings) {
    return replay(new Run(List.of(), strategies, commitments, false), restructurings);
  }

  /**
   * The reasons {@code next} could not take effect once appended to a stored record whose
   * restructurings are {@code record}: checked against {@code acrossTime}, units across time that
   * hold at least those it names and those it refers to, and against the holdings of {@code
   * strategies} and {@code commitments} (at least those its handover names) as the restructurings
   * of the record in force by its date passed them on. A stored record was replayed without
   * refusal, so what is not given cannot change the answer about what is.
   */
  public static ImmutableList<RestructuringRefusal> refusalsOf(
      Restructuring next,
      Collection<OrgUnit> acrossTime,
      Collection<Strategy> strategies,
      Collection<Commitment> commitments,
      List<Restructuring> record) {
    // The holdings as they stand the day it takes effect: those of the units first, then passed
    // on by the record. The units are across time already, so the record does not change them.
    Run before = new Run(List.of(), strategies, commitments, false);
    before.checks.holdFrom(acrossTime);
    replay(before, record.stream().filter(r -> !r.effective().isAfter(next.effective())).toList());
    Run run = new Run(acrossTime, strategies, commitments, true);
    run.checks.holdFrom(before.checks.holdings());
    return ImmutableList.copyOf(run.checks.of(next));
  }

  private static Replay replay(Run run, List<Restructuring> restructurings) {
    for (int index : inDateOrder(restructurings)) {
      run.replay(index, restructurings.get(index));
    }
    return new Replay(run);
  }

  /**
   * Each unit of {@code asEstablished} across time: with the names, parents and end the
   * restructurings give it, in the order given. It checks nothing: it is how a store that keeps a
   * record replayed without refusal reads back some of its units without the others. On such a
   * record it gives the units of {@link #chart()}.
   */
  public static ImmutableList<OrgUnit> acrossTime(
      List<OrgUnit> asEstablished, List<Restructuring> restructurings) {
    if (restructurings.isEmpty()) {
      return ImmutableList.copyOf(asEstablished);
    }
    Map<UnitId, OrgUnit> units = new LinkedHashMap<>();
    asEstablished.forEach(unit -> units.putIfAbsent(unit.id(), unit));
    for (int index : inDateOrder(restructurings)) {
      takeEffect(restructurings.get(index), units);
    }
    return asEstablished.stream()
        .map(unit -> units.get(unit.id()))
        .collect(ImmutableList.toImmutableList());
  }

  private static List<Integer> inDateOrder(List<Restructuring> restructurings) {
    return IntStream.range(0, restructurings.size())
        .boxed()
        .sorted(
            Comparator.comparing((Integer i) -> restructurings.get(i).effective())
                // on one day, a unit that ends no longer lives to be renamed or moved that day
                .thenComparing(i -> !(restructurings.get(i) instanceof Restructuring.Ending)))
        .toList();
  }

  /** What a restructuring changes in the records of the units it names, where they are given. */
  static void takeEffect(Restructuring restructuring, Map<UnitId, OrgUnit> units) {
    LocalDate day = restructuring.effective();
    if (restructuring instanceof Restructuring.Rename rename) {
      units.computeIfPresent(
          rename.unit(), (id, unit) -> unit.renamed(rename.name(), rename.acronym(), day));
    } else if (restructuring instanceof Restructuring.Move move) {
      units.computeIfPresent(move.unit(), (id, unit) -> unit.movedUnder(move.parent(), day));
    } else if (restructuring instanceof Restructuring.Ending ending) {
      ending
          .ended()
          .forEach(
              ended -> units.computeIfPresent(ended, (id, unit) -> unit.endedOn(day.minusDays(1))));
    }
  }

  // ------------------------------------------------------------------------------ answers

  /** Every unit across time, in the order given: the structure on any day is {@code on(day)}. */
  public OrgChart chart() {
    return chart;
  }

  /** The restructurings that took effect, in the order they did. */
  public ImmutableList<Applied> applied() {
    return applied;
  }

  /** The restructurings that could not take effect, in the order they were tried. */
  public ImmutableList<Refused> refusals() {
    return refusals;
  }

  public ImmutableList<Succession> successions() {
    return successions;
  }

  /** Every holding that passed from a unit that ended, in the order it did. */
  public ImmutableList<Transfer> transfers() {
    return transfers;
  }

  /** The holdings that no unit took when their holder ended. */
  public ImmutableList<Orphan> orphans() {
    return orphans;
  }

  /** The units whose work {@code unit} carries on, by date. */
  public ImmutableList<Succession> predecessorsOf(UnitId unit) {
    return successions.stream()
        .filter(s -> s.successor().equals(unit))
        .collect(ImmutableList.toImmutableList());
  }

  /** The units that carry on the work of {@code unit}. */
  public ImmutableList<Succession> successorsOf(UnitId unit) {
    return successions.stream()
        .filter(s -> s.predecessor().equals(unit))
        .collect(ImmutableList.toImmutableList());
  }

  /** The restructurings that took effect and name {@code unit}, in the order they did. */
  public ImmutableList<Applied> concerning(UnitId unit) {
    return applied.stream()
        .filter(a -> a.restructuring().unitsNamed().contains(unit))
        .collect(ImmutableList.toImmutableList());
  }

  /** The restructuring that ended {@code unit}, if one did. */
  public Optional<Applied> endOf(UnitId unit) {
    return applied.stream()
        .filter(
            a ->
                a.restructuring() instanceof Restructuring.Ending ending
                    && ending.ended().contains(unit))
        .findFirst();
  }

  /** The move that gave {@code unit} its parent link {@code link}, if a move did. */
  public Optional<Applied> moveOf(UnitId unit, ParentLink link) {
    Optional<Applied> found = Optional.empty();
    for (Applied each : applied) {
      if (each.restructuring() instanceof Restructuring.Move move
          && move.unit().equals(unit)
          && move.parent().equals(link.parent())
          && link.period().start().equals(Optional.of(PartialDate.of(move.effective())))) {
        found = Optional.of(each);
      }
    }
    return found;
  }

  /** The rename that gave {@code unit} a name from {@code day} on, if one did. */
  public Optional<Applied> renameOf(UnitId unit, LocalDate day) {
    Optional<Applied> found = Optional.empty();
    for (Applied each : applied) {
      if (each.restructuring() instanceof Restructuring.Rename rename
          && rename.unit().equals(unit)
          && rename.effective().equals(day)) {
        found = Optional.of(each);
      }
    }
    return found;
  }

  /**
   * Who holds {@code holding} on {@code date}: the unit the record gives it to until a
   * restructuring passes it on, and no unit once one drops it. A holding left orphaned stays with
   * the unit that ended.
   */
  public Optional<UnitId> holderOn(Holding holding, LocalDate date) {
    Optional<UnitId> holder = Optional.of(holding.original());
    for (Transfer transfer : transfersByHolding.get(holding)) {
      if (!transfer.date().isAfter(date)) {
        holder = transfer.to();
      }
    }
    return holder;
  }

  /** The unit that leads {@code commitment} on {@code date}. */
  public UnitId leadOn(Commitment commitment, LocalDate date) {
    return holderOn(new Holding.Lead(commitment.id(), commitment.lead()), date)
        .orElse(commitment.lead());
  }

  /** The units that contribute to {@code commitment} on {@code date}, each once. */
  public ImmutableList<UnitId> contributorsOn(Commitment commitment, LocalDate date) {
    return distinctHolders(
        commitment.contributors().stream()
            .map(unit -> (Holding) new Holding.Contribution(commitment.id(), unit))
            .toList(),
        date);
  }

  /** The unit that owns {@code strategy} on {@code date}, if it has an owner. */
  public Optional<UnitId> ownerOn(Strategy strategy, LocalDate date) {
    return strategy
        .owner()
        .flatMap(owner -> holderOn(new Holding.Ownership(strategy.id(), owner), date));
  }

  /** The units that own {@code action} of {@code strategy} on {@code date}, each once. */
  public ImmutableList<UnitId> ownersOn(Strategy strategy, Action action, LocalDate date) {
    ElementRef ref = new ElementRef(strategy.id(), action.id());
    return distinctHolders(
        action.owners().stream()
            .map(owner -> (Holding) new Holding.ActionOwnership(ref, owner))
            .toList(),
        date);
  }

  /**
   * The attributions {@code unit} holds on {@code date}: those of its own mandate it has not handed
   * over, then those it took over, in the order it did.
   */
  public ImmutableList<Holding.Attribution> attributionsOn(UnitId unit, LocalDate date) {
    Set<Holding.Attribution> candidates = new LinkedHashSet<>();
    int own =
        chart.unit(unit).flatMap(OrgUnit::mandate).map(m -> m.attributions().size()).orElse(0);
    for (int i = 0; i < own; i++) {
      candidates.add(new Holding.Attribution(unit, i));
    }
    for (Transfer transfer : transfers) {
      if (transfer.holding() instanceof Holding.Attribution attribution
          && transfer.to().equals(Optional.of(unit))) {
        candidates.add(attribution);
      }
    }
    return candidates.stream()
        .filter(a -> holderOn(a, date).equals(Optional.of(unit)))
        .collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<UnitId> distinctHolders(List<Holding> holdings, LocalDate date) {
    Set<UnitId> holders = new LinkedHashSet<>();
    holdings.forEach(holding -> holderOn(holding, date).ifPresent(holders::add));
    return ImmutableList.copyOf(holders);
  }

  // ------------------------------------------------------------------------------ the run

  /** The state of a replay as it goes, restructuring after restructuring. */
  private static final class Run {
    private final Map<UnitId, OrgUnit> units = new LinkedHashMap<>();
    private final Checks checks;
    private final List<Applied> applied = new ArrayList<>();
    private final List<Refused> refusals = new ArrayList<>();
    private final List<Succession> successions = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<Orphan> orphans = new ArrayList<>();
    private final boolean checked;

    Run(
        Collection<OrgUnit> asEstablished,
        Collection<Strategy> strategies,
        Collection<Commitment> commitments,
        boolean checked) {
      asEstablished.forEach(unit -> units.putIfAbsent(unit.id(), unit));
      this.checks = new Checks(units, strategies, commitments);
      this.checked = checked;
    }

    void replay(int index, Restructuring restructuring) {
      List<RestructuringRefusal> reasons = checked ? checks.of(restructuring) : List.of();
      if (!reasons.isEmpty()) {
        refusals.add(new Refused(index, restructuring, ImmutableList.copyOf(reasons)));
        return;
      }
      takeEffect(restructuring, units);
      applied.add(new Applied(index, restructuring));
      if (restructuring instanceof Restructuring.Ending ending) {
        for (UnitId ended : ending.ended()) {
          for (UnitId successor : new LinkedHashSet<>(ending.successors())) {
            successions.add(new Succession(ended, successor, index, ending));
          }
        }
        handOver(index, ending);
      }
    }

    /** Passes on every holding of the units {@code ending} ends, or reports it orphaned. */
    private void handOver(int index, Restructuring.Ending ending) {
      Holdings holdings = checks.holdings();
      Handover handover = ending.handover();
      Map<Holding.Attribution, UnitId> attributions = inverse(handover.attributions());
      Set<Holding.Attribution> dropped = Set.copyOf(handover.dropped());
      Map<Object, UnitId> others = new LinkedHashMap<>();
      others.putAll(inverse(handover.commitments()));
      others.putAll(inverse(handover.strategies()));
      others.putAll(inverse(handover.actions()));
      for (UnitId ended : ending.ended()) {
        for (Holding holding : holdings.heldBy(ended)) {
          Optional<UnitId> named =
              holding instanceof Holding.Attribution attribution
                  ? Optional.ofNullable(attributions.get(attribution))
                  : Optional.ofNullable(others.get(Holdings.subject(holding)));
          if (holding instanceof Holding.Attribution a && dropped.contains(a)) {
            holdings.drop(holding);
            transfers.add(new Transfer(holding, ended, Optional.empty(), index, ending));
          } else if (named.or(ending::takesTheRest).isPresent()) {
            UnitId to = named.or(ending::takesTheRest).orElseThrow();
            holdings.pass(holding, to);
            transfers.add(new Transfer(holding, ended, Optional.of(to), index, ending));
          } else {
            orphans.add(new Orphan(holding, ended, index, ending, Holdings.field(holding)));
          }
        }
      }
    }

    private static <K, V> Map<V, K> inverse(ImmutableListMultimap<K, V> given) {
      Map<V, K> inverse = new LinkedHashMap<>();
      given.forEach((key, value) -> inverse.putIfAbsent(value, key));
      return inverse;
    }
  }
}
