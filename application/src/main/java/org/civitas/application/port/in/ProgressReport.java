package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.OrgUnit;

/**
 * Each unit of the subtrees asked, depth first as in a tree, with the roll-up of its whole subtree
 * and the commitments it leads itself: each commitment under the unit that leads it that day, which
 * a merge, a split or a dissolution may have made another than the one its record names.
 *
 * <p>{@code orphaned} are the commitments whose lead a restructuring left with a unit it ended,
 * handing it to no unit (validation reports them, {@code restructuring.orphaned}): they count under
 * no unit of the day, and are listed here with the unit that ended as their lead. Below a unit,
 * those whose lead sat in its subtree on its last day.
 */
public record ProgressReport(
    LocalDate asOf, ImmutableList<UnitProgress> units, ImmutableList<CommitmentSummary> orphaned) {

  /** One unit, {@code depth} levels below the root asked (0 for the root). */
  public record UnitProgress(
      OrgUnit unit, int depth, RollUp rollUp, ImmutableList<CommitmentSummary> commitments) {}
}
