package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
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
    ImmutableList.Builder<UnitProgress> rows = ImmutableList.builder();
    for (TreeNode root : hierarchy.tree(query.unit(), -1)) {
      walk(root, 0, hierarchy, all, date, rows);
    }
    return new ProgressReport(date, rows.build());
  }

  private static void walk(
      TreeNode node,
      int depth,
      Hierarchy hierarchy,
      List<Commitment> all,
      LocalDate date,
      ImmutableList.Builder<UnitProgress> rows) {
    ImmutableList<CommitmentSummary> led =
        all.stream()
            .filter(c -> c.lead().equals(node.unit().id()))
            .map(c -> CommitmentSummary.of(c, date))
            .collect(ImmutableList.toImmutableList());
    rows.add(
        new UnitProgress(node.unit(), depth, RollUp.of(node.unit().id(), hierarchy, all, date), led));
    for (TreeNode child : node.children()) {
      walk(child, depth + 1, hierarchy, all, date, rows);
    }
  }
}
