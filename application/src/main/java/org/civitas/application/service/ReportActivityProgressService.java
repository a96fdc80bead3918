package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.application.port.in.ReportActivityProgressUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.application.port.out.SaveCommitmentPort;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.ImmutableCommitment;

/** Replaces one activity's report in its commitment, under the commitment's version. */
public final class ReportActivityProgressService implements ReportActivityProgressUseCase {

  private final CommitmentChanges changes;

  public ReportActivityProgressService(
      LoadCommitmentPort load,
      SaveCommitmentPort save,
      ClockPort clock,
      Authorization authorization) {
    this.changes = new CommitmentChanges(load, save, clock, authorization);
  }

  @Override
  public Versioned<Commitment> report(ReportActivityProgressCommand command) {
    return changes.apply(
        command.commitment(),
        command.expectedVersion(),
        command.actor(),
        command.note(),
        commitment -> {
          Activity before =
              commitment
                  .activity(command.activity())
                  .orElseThrow(
                      () ->
                          UnknownId.within(
                              UnknownId.Kind.ACTIVITY, command.activity(), command.commitment()));
          Activity after = before.reported(command.status(), command.progress());
          Commitment changed =
              ImmutableCommitment.copyOf(commitment)
                  .withActivities(
                      commitment.activities().stream()
                          .map(a -> a.id().equals(after.id()) ? after : a)
                          .collect(ImmutableList.toImmutableList()));
          return new CommitmentChanges.Change(
              changed,
              AuditText.ACTIVITY_PROGRESS,
              AuditText.activity(command.commitment(), command.activity()),
              Optional.of(AuditText.report(before)),
              Optional.of(AuditText.report(after)));
        });
  }
}
