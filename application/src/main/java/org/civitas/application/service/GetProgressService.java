package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.GetProgressQuery;
import org.civitas.application.port.in.GetProgressUseCase;
import org.civitas.application.port.in.ProgressReport;
import org.civitas.application.port.in.ProgressReport.UnitProgress;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentsPort;
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;

/**
 * Walks the tree of the day and rolls the commitments up at every unit. Below a unit, only that
 * subtree and the commitments its units lead are read from the store.
 */
public final class GetProgressService implements GetProgressUseCase {

  private final LoadUnitsPort units;
  private final LoadSubtreePort subtrees;
  private final LoadCommitmentsPort commitments;
  private final ClockPort clock;

  public GetProgressService(
      LoadUnitsPort units,
      LoadSubtreePort subtrees,
      LoadCommitmentsPort commitments,
      ClockPort clock) {
    this.units = units;
    this.subtrees = subtrees;
    this.commitments = commitments;
    this.clock = clock;
  }

  @Override
  public ProgressReport progress(GetProgressQuery query) {
    LocalDate date = query.asOf().orElseGet(clock::today);
    Hierarchy hierarchy;
    ImmutableList<Commitment> all;
    if (query.unit().isPresent()) {
      hierarchy = Units.below(subtrees, units, query.unit().get(), date, OptionalInt.empty());
      all = commitments.loadCommitmentsLedBy(hierarchy.subtree(query.unit().get()));
    } else {
      hierarchy = OrgChart.of(units.loadUnits()).on(date);
      all = commitments.loadCommitments();
    }
    ImmutableMap<UnitId, RollUp> rollUps = RollUp.ofEveryUnit(hierarchy, all);
    ImmutableListMultimap<UnitId, CommitmentSummary> led =
        all.stream()
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    Commitment::lead, c -> CommitmentSummary.of(c, date)));
    ImmutableList.Builder<UnitProgress> rows = ImmutableList.builder();
    for (TreeNode root : hierarchy.tree(query.unit(), -1)) {
      walk(root, 0, rollUps, led, rows);
    }
    return new ProgressReport(date, rows.build());
  }

  private static void walk(
      TreeNode node,
      int depth,
      ImmutableMap<UnitId, RollUp> rollUps,
      ImmutableListMultimap<UnitId, CommitmentSummary> led,
      ImmutableList.Builder<UnitProgress> rows) {
    UnitId id = node.unit().id();
    rows.add(new UnitProgress(node.unit(), depth, rollUps.get(id), led.get(id)));
    for (TreeNode child : node.children()) {
      walk(child, depth + 1, rollUps, led, rows);
    }
  }
}
