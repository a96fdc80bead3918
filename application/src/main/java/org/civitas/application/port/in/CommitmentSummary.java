package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Progress;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.LocalizedText;

/** A commitment in a list: who leads it, how far it has got and where it stands on a day. */
public record CommitmentSummary(
    CommitmentId id,
    LocalizedText title,
    UnitId lead,
    OptionalDouble progress,
    Optional<ScheduleState> state) {

  /** {@code commitment} on {@code date}, led by the unit its record names. */
  public static CommitmentSummary of(Commitment commitment, LocalDate date) {
    return of(commitment, commitment.lead(), date);
  }

  /** {@code commitment} on {@code date}, led that day by {@code lead}. */
  public static CommitmentSummary of(Commitment commitment, UnitId lead, LocalDate date) {
    return new CommitmentSummary(
        commitment.id(),
        commitment.title(),
        lead,
        Progress.of(commitment),
        Progress.state(commitment, date));
  }
}
