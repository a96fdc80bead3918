package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.RecordIndicatorMeasurementCommand;
import org.civitas.application.port.in.RecordIndicatorMeasurementUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.application.port.out.SaveCommitmentPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.commitment.Indicator;

/** Adds a measurement to one indicator of its commitment, under the commitment's version. */
public final class RecordIndicatorMeasurementService implements RecordIndicatorMeasurementUseCase {

  private final CommitmentChanges changes;

  public RecordIndicatorMeasurementService(
      LoadCommitmentPort load,
      SaveCommitmentPort save,
      ClockPort clock,
      Authorization authorization) {
    this.changes = new CommitmentChanges(load, save, clock, authorization);
  }

  @Override
  public Versioned<Commitment> record(RecordIndicatorMeasurementCommand command) {
    return changes.apply(
        command.commitment(),
        command.expectedVersion(),
        command.actor(),
        command.note(),
        commitment -> {
          Indicator before =
              commitment
                  .indicator(command.indicator())
                  .orElseThrow(
                      () ->
                          UnknownId.within(
                              UnknownId.Kind.INDICATOR, command.indicator(), command.commitment()));
          Indicator after = before.measured(command.measurement());
          Commitment changed =
              ImmutableCommitment.copyOf(commitment)
                  .withIndicators(
                      commitment.indicators().stream()
                          .map(i -> i.id().equals(after.id()) ? after : i)
                          .collect(ImmutableList.toImmutableList()));
          return new CommitmentChanges.Change(
              changed,
              "indicator.measurement",
              "commitment/" + command.commitment() + "/indicator/" + command.indicator(),
              before.latest().map(AuditText::measurement),
              Optional.of(AuditText.measurement(command.measurement())));
        });
  }
}
