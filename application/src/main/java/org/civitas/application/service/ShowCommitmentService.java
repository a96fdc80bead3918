package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.CommitmentView.ActivityFigures;
import org.civitas.application.port.in.CommitmentView.IndicatorFigures;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.application.port.in.ShowCommitmentUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Progress;

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
    Commitment commitment = stored.value();
    LocalDate date = query.asOf().orElseGet(clock::today);
    return new CommitmentView(
        commitment,
        stored.version(),
        date,
        Progress.of(commitment),
        Progress.state(commitment, date),
        commitment.activities().stream()
            .map(a -> new ActivityFigures(a, Progress.expected(a, date), Progress.state(a, date)))
            .collect(ImmutableList.toImmutableList()),
        commitment.indicators().stream()
            .map(i -> new IndicatorFigures(i, i.latest(), i.achievement()))
            .collect(ImmutableList.toImmutableList()));
  }
}
