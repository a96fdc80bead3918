package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.OrgUnit;

/**
 * Each unit of the subtrees asked, depth first as in a tree, with the roll-up of its whole subtree
 * and the commitments it leads itself.
 */
public record ProgressReport(LocalDate asOf, ImmutableList<UnitProgress> units) {

  /** One unit, {@code depth} levels below the root asked (0 for the root). */
  public record UnitProgress(
      OrgUnit unit, int depth, RollUp rollUp, ImmutableList<CommitmentSummary> commitments) {}
}
