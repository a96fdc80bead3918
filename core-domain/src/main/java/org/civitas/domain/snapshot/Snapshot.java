package org.civitas.domain.snapshot;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.restructuring.StructureDiff;
import org.civitas.domain.restructuring.UnitHistory;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;

/**
 * A ministry's whole record at one moment: its units as first established, its strategies and
 * commitments, and the restructurings that changed its units since, in the order they were given.
 * It may hold mistakes (two units with one id, a parent that does not exist, a merge of one unit):
 * the validator reports them, and only a snapshot without errors is ever stored.
 */
public record Snapshot(
    ImmutableList<OrgUnit> units,
    ImmutableList<Strategy> strategies,
    ImmutableList<Commitment> commitments,
    ImmutableList<Restructuring> restructurings) {

  public static final Snapshot EMPTY =
      new Snapshot(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  /** A record that was never restructured. */
  public Snapshot(
      ImmutableList<OrgUnit> units,
      ImmutableList<Strategy> strategies,
      ImmutableList<Commitment> commitments) {
    this(units, strategies, commitments, ImmutableList.of());
  }

  /**
   * The units across time, the restructurings applied: {@code chart().on(day)} is the structure in
   * force that day. A restructuring that cannot take effect is left out (the validator reports it).
   */
  public OrgChart chart() {
    return restructurings.isEmpty() ? OrgChart.of(units) : replay().chart();
  }

  /** The restructurings replayed over the units: lineage, handovers, refusals. */
  public Replay replay() {
    return Replay.of(units, strategies, commitments, restructurings);
  }

  /** What became of unit {@code id} over time; empty when there is no such unit. */
  public Optional<UnitHistory> history(UnitId id) {
    return UnitHistory.of(replay(), id);
  }

  /** How the structure in force on {@code to} differs from the one in force on {@code from}. */
  public StructureDiff diff(LocalDate from, LocalDate to) {
    return StructureDiff.between(replay(), from, to);
  }

  public Optional<OrgUnit> unit(UnitId id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public Optional<Strategy> strategy(StrategyId id) {
    return strategies.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Commitment> commitment(CommitmentId id) {
    return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** This snapshot followed by {@code other}: how several dataset files are read as one. */
  public Snapshot plus(Snapshot other) {
    return new Snapshot(
        ImmutableList.<OrgUnit>builder().addAll(units).addAll(other.units).build(),
        ImmutableList.<Strategy>builder().addAll(strategies).addAll(other.strategies).build(),
        ImmutableList.<Commitment>builder().addAll(commitments).addAll(other.commitments).build(),
        ImmutableList.<Restructuring>builder()
            .addAll(restructurings)
            .addAll(other.restructurings)
            .build());
  }
}
