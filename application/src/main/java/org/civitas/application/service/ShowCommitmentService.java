package org.civitas.application.service;

import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.application.port.in.ShowCommitmentUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.domain.commitment.Commitment;

/** Asks the domain for a commitment's figures on the day. */
public final class ShowCommitmentService implements ShowCommitmentUseCase {

  private final LoadCommitmentPort commitments;
  private final ClockPort clock;

  public ShowCommitmentService(LoadCommitmentPort commitments, ClockPort clock) {
    this.commitments = commitments;
    this.clock = clock;
  }

  @Override
  public CommitmentView show(ShowCommitmentQuery query) {
    Versioned<Commitment> stored =
        commitments
            .loadCommitment(query.commitment())
            .orElseThrow(() -> UnknownId.of(UnknownId.Kind.COMMITMENT, query.commitment()));
    return CommitmentView.of(stored, query.asOf().orElseGet(clock::today));
  }
}
