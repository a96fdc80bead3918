package org.civitas.application.service;

import java.time.LocalDate;
import java.util.List;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.application.port.in.ShowCommitmentUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.restructuring.Leads;

/**
 * Asks the domain for a commitment's figures on the day, and who leads it that day: the
 * restructurings are replayed over that commitment alone.
 */
public final class ShowCommitmentService implements ShowCommitmentUseCase {

  private final LoadCommitmentPort commitments;
  private final LoadRestructuringsPort restructurings;
  private final ClockPort clock;

  public ShowCommitmentService(
      LoadCommitmentPort commitments, LoadRestructuringsPort restructurings, ClockPort clock) {
    this.commitments = commitments;
    this.restructurings = restructurings;
    this.clock = clock;
  }

  @Override
  public CommitmentView show(ShowCommitmentQuery query) {
    Versioned<Commitment> stored =
        commitments
            .loadCommitment(query.commitment())
            .orElseThrow(() -> UnknownId.of(UnknownId.Kind.COMMITMENT, query.commitment()));
    LocalDate date = query.asOf().orElseGet(clock::today);
    Commitment commitment = stored.value();
    Leads leads = Leads.of(List.of(commitment), restructurings.loadRestructurings());
    return CommitmentView.of(
        stored, date, leads.on(commitment, date), leads.orphanedBy(commitment, date).isPresent());
  }
}
