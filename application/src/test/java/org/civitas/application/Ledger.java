package org.civitas.application;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;

/**
 * The Togolese structure with commitments led by its child protection directorates. The seeds give
 * Togo no commitment: these reuse the activities of seed 004 under other leads, so that figures
 * roll up through a real structure.
 */
final class Ledger {

  static final CommitmentId DGPE_COMMITMENT = CommitmentId.of("upe-dgpe");
  static final CommitmentId DAED_COMMITMENT = CommitmentId.of("upe-daed");

  private Ledger() {}

  static Snapshot togoWithCommitments() {
    return new Snapshot(
        Fixtures.togoUnits(),
        ImmutableList.of(),
        ImmutableList.of(ledBy(DGPE_COMMITMENT, "dgpe"), ledBy(DAED_COMMITMENT, "daed")));
  }

  static Commitment ledBy(CommitmentId id, String lead) {
    return ImmutableCommitment.copyOf(Fixtures.upe())
        .withId(id)
        .withLead(UnitId.of(lead))
        .withContributors(ImmutableList.of());
  }
}
