package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.out.LoadCommitmentsPort;
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;

/**
 * The structure below a unit (or the whole chart) on a day and the commitments its units lead: what
 * the queries that roll commitments up read. Below a unit, only that subtree and the commitments
 * its units lead are read from the store.
 */
record Led(Optional<UnitId> root, Hierarchy hierarchy, ImmutableList<Commitment> commitments) {

  /** A unit of the structure, {@code depth} levels below the root asked. */
  interface Visit {
    void unit(OrgUnit unit, int depth);
  }

  /**
   * @throws UnknownId when the unit is not stored, or did not exist that day
   */
  static Led read(
      LoadUnitsPort units,
      LoadSubtreePort subtrees,
      LoadCommitmentsPort commitments,
      Optional<UnitId> root,
      LocalDate date) {
    if (root.isPresent()) {
      Hierarchy below = Units.below(subtrees, units, root.get(), date, OptionalInt.empty());
      return new Led(root, below, commitments.loadCommitmentsLedBy(below.subtree(root.get())));
    }
    return new Led(root, OrgChart.of(units.loadUnits()).on(date), commitments.loadCommitments());
  }

  /** Visits each unit depth first, as a tree lists them. */
  void eachUnit(Visit visit) {
    for (TreeNode top : hierarchy.tree(root, -1)) {
      walk(top, 0, visit);
    }
  }

  private static void walk(TreeNode node, int depth, Visit visit) {
    visit.unit(node.unit(), depth);
    for (TreeNode child : node.children()) {
      walk(child, depth + 1, visit);
    }
  }
}
