package org.civitas.domain.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.StrategyId;

/**
 * What a merge, a split or a dissolution says of the holdings of the units it ends: which unit
 * takes which attribution, commitment, strategy or action, and which attributions end with them.
 * What it does not name goes to the one successor when there is one (a merge, a dissolution with
 * one successor), and is otherwise left orphaned, which validation reports.
 */
public record Handover(
    ImmutableListMultimap<UnitId, Holding.Attribution> attributions,
    ImmutableList<Holding.Attribution> dropped,
    ImmutableListMultimap<UnitId, CommitmentId> commitments,
    ImmutableListMultimap<UnitId, StrategyId> strategies,
    ImmutableListMultimap<UnitId, ElementRef> actions) {

  /** Says nothing: everything goes to the one successor, or is orphaned. */
  public static final Handover NONE =
      new Handover(
          ImmutableListMultimap.of(),
          ImmutableList.of(),
          ImmutableListMultimap.of(),
          ImmutableListMultimap.of(),
          ImmutableListMultimap.of());

  /**
   * Everything the restructurings of {@code record} that end units hand over, together: what a
   * store reads to replay its record without reading every strategy and commitment, the rest being
   * checked by none of them.
   */
  public static Handover of(Collection<Restructuring> record) {
    Handover all = NONE;
    for (Restructuring restructuring : record) {
      if (restructuring instanceof Restructuring.Ending ending && !ending.handover().isEmpty()) {
        Handover given = ending.handover();
        all =
            new Handover(
                concat(all.attributions, given.attributions),
                ImmutableList.<Holding.Attribution>builder()
                    .addAll(all.dropped)
                    .addAll(given.dropped)
                    .build(),
                concat(all.commitments, given.commitments),
                concat(all.strategies, given.strategies),
                concat(all.actions, given.actions));
      }
    }
    return all;
  }

  private static <V> ImmutableListMultimap<UnitId, V> concat(
      ImmutableListMultimap<UnitId, V> first, ImmutableListMultimap<UnitId, V> second) {
    return ImmutableListMultimap.<UnitId, V>builder().putAll(first).putAll(second).build();
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /** The commitments it hands over, each once. */
  public ImmutableSet<CommitmentId> commitmentsNamed() {
    return ImmutableSet.copyOf(commitments.values());
  }

  /** The strategies it names, each once: those it hands over, then those of its actions. */
  public ImmutableSet<StrategyId> strategiesNamed() {
    return ImmutableSet.<StrategyId>builder()
        .addAll(strategies.values())
        .addAll(actions.values().stream().map(ElementRef::strategy).iterator())
        .build();
  }

  /** This handover with {@code attributions} given to {@code unit}. */
  public Handover withAttributions(UnitId unit, Iterable<Holding.Attribution> given) {
    return new Handover(
        ImmutableListMultimap.<UnitId, Holding.Attribution>builder()
            .putAll(attributions)
            .putAll(unit, given)
            .build(),
        dropped,
        commitments,
        strategies,
        actions);
  }

  /** This handover with {@code given} attributions ended with the unit. */
  public Handover withDropped(Iterable<Holding.Attribution> given) {
    return new Handover(
        attributions,
        ImmutableList.<Holding.Attribution>builder().addAll(dropped).addAll(given).build(),
        commitments,
        strategies,
        actions);
  }

  /** This handover with {@code given} commitments given to {@code unit}. */
  public Handover withCommitments(UnitId unit, Iterable<CommitmentId> given) {
    return new Handover(
        attributions,
        dropped,
        ImmutableListMultimap.<UnitId, CommitmentId>builder()
            .putAll(commitments)
            .putAll(unit, given)
            .build(),
        strategies,
        actions);
  }

  /** This handover with {@code given} strategies given to {@code unit}. */
  public Handover withStrategies(UnitId unit, Iterable<StrategyId> given) {
    return new Handover(
        attributions,
        dropped,
        commitments,
        ImmutableListMultimap.<UnitId, StrategyId>builder()
            .putAll(strategies)
            .putAll(unit, given)
            .build(),
        actions);
  }

  /** This handover with {@code given} strategy actions given to {@code unit}. */
  public Handover withActions(UnitId unit, Iterable<ElementRef> given) {
    return new Handover(
        attributions,
        dropped,
        commitments,
        strategies,
        ImmutableListMultimap.<UnitId, ElementRef>builder()
            .putAll(actions)
            .putAll(unit, given)
            .build());
  }
}
