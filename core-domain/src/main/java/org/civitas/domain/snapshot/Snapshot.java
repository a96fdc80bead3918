package org.civitas.domain.snapshot;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;

/**
 * A ministry's whole record at one moment: its units, strategies and commitments, in the order they
 * were given. It may hold mistakes (two units with one id, a parent that does not exist): the
 * validator reports them, and only a snapshot without errors is ever stored.
 */
public record Snapshot(
    ImmutableList<OrgUnit> units,
    ImmutableList<Strategy> strategies,
    ImmutableList<Commitment> commitments) {

  public static final Snapshot EMPTY =
      new Snapshot(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  public OrgChart chart() {
    return OrgChart.of(units);
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
        ImmutableList.<Commitment>builder().addAll(commitments).addAll(other.commitments).build());
  }
}
