package org.civitas.domain.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Strategy;

/**
 * Who leads some commitments of a stored record on a day, and who owns some strategies' actions,
 * from the record's restructurings, without the rest of the record: what a roll-up below one unit
 * needs, however large the record. A stored record was replayed without refusal, so each commitment
 * given gets the lead, and is left orphaned, as the replay of the whole record says ({@link
 * Replay#leadOn}, {@link Replay#orphans()}).
 *
 * <p>Which commitments to read is the other half: those of {@link #formerLeads} for the commitments
 * some units may lead on a day, those of {@link #mayBeOrphaned} for those a restructuring may have
 * left with a unit it ended.
 */
public final class Leads {

  private final Replay replay;
  private final ImmutableMap<CommitmentId, Orphan> orphans;

  private Leads(Replay replay) {
    this.replay = replay;
    Map<CommitmentId, Orphan> orphaned = new LinkedHashMap<>();
    for (Orphan orphan : replay.orphans()) {
      if (orphan.holding() instanceof Holding.Lead lead) {
        orphaned.putIfAbsent(lead.commitment(), orphan);
      }
    }
    this.orphans = ImmutableMap.copyOf(orphaned);
  }

  /** The leads of {@code commitments} across the restructurings of the record that holds them. */
  public static Leads of(Collection<Commitment> commitments, List<Restructuring> restructurings) {
    return of(List.of(), commitments, restructurings);
  }

  /**
   * The owners of {@code strategies} and their actions, and the leads of {@code commitments},
   * across the restructurings of the record that holds them.
   */
  public static Leads of(
      Collection<Strategy> strategies,
      Collection<Commitment> commitments,
      List<Restructuring> restructurings) {
    return new Leads(Replay.ofHoldings(strategies, commitments, restructurings));
  }

  /**
   * The unit that leads {@code commitment} on {@code date}: the one its record names until a
   * restructuring passes it on. A lead left orphaned stays with the unit that ended.
   */
  public UnitId on(Commitment commitment, LocalDate date) {
    return replay.leadOn(commitment, date);
  }

  /**
   * The units that own {@code action} of {@code strategy} on {@code date}, each once ({@link
   * Replay#ownersOn}): those its record names until a restructuring passes an ownership on. An
   * ownership left orphaned stays with the unit that ended. {@code strategy} is one given.
   */
  public ImmutableList<UnitId> ownersOn(Strategy strategy, Action action, LocalDate date) {
    return replay.ownersOn(strategy, action, date);
  }

  /**
   * How the lead of {@code commitment} was left orphaned by {@code date}, if it was: the
   * restructuring ended the unit that led it, handing the lead to no unit, on {@code date} or
   * before. The unit that ended still leads it ({@link #on}); validation reports it ({@code
   * restructuring.orphaned}).
   */
  public Optional<Orphan> orphanedBy(Commitment commitment, LocalDate date) {
    return Optional.ofNullable(orphans.get(commitment.id()))
        .filter(orphan -> !orphan.date().isAfter(date));
  }

  /**
   * The units whose record may name the lead of a commitment that one of {@code units} leads on
   * {@code date}: those units, and every unit a restructuring in force by then ended that may have
   * passed its commitments to one of them, directly or through others. Reading the commitments
   * these lead and keeping those that one of {@code units} leads that day ({@link #on}) gives every
   * commitment those units lead that day.
   */
  public static ImmutableSet<UnitId> formerLeads(
      Collection<UnitId> units, List<Restructuring> restructurings, LocalDate date) {
    Set<UnitId> found = new LinkedHashSet<>(units);
    List<Restructuring.Ending> endings = endingsBy(restructurings, date);
    // A chain of endings may be given in any order: go round until nothing is added.
    boolean added = true;
    while (added) {
      added = false;
      for (Restructuring.Ending ending : endings) {
        if (takers(ending).anyMatch(found::contains)) {
          added |= found.addAll(ending.ended());
        }
      }
    }
    return ImmutableSet.copyOf(found);
  }

  /**
   * The units whose record may name the lead of a commitment left orphaned by {@code date}: every
   * unit that a restructuring in force by then ended with no unit to take what its handover does
   * not name (a split, a dissolution without one successor), and those whose commitments may have
   * passed to it ({@link #formerLeads}).
   */
  public static ImmutableSet<UnitId> mayBeOrphaned(
      List<Restructuring> restructurings, LocalDate date) {
    Set<UnitId> ended = new LinkedHashSet<>();
    for (Restructuring.Ending ending : endingsBy(restructurings, date)) {
      if (ending.takesTheRest().isEmpty()) {
        ended.addAll(ending.ended());
      }
    }
    return ended.isEmpty() ? ImmutableSet.of() : formerLeads(ended, restructurings, date);
  }

  private static List<Restructuring.Ending> endingsBy(
      List<Restructuring> restructurings, LocalDate date) {
    return restructurings.stream()
        .filter(r -> !r.effective().isAfter(date))
        .filter(Restructuring.Ending.class::isInstance)
        .map(Restructuring.Ending.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** The units an ending may pass a commitment to. */
  private static Stream<UnitId> takers(Restructuring.Ending ending) {
    return Stream.concat(
        ending.handover().commitments().keySet().stream(), ending.takesTheRest().stream());
  }
}
