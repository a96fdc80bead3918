package org.civitas.application.port.in;

import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.Measurement;

/**
 * Indicator {@code indicator} of commitment {@code commitment} measured {@code measurement}, says
 * {@code actor}, who read the commitment at {@code expectedVersion}. The actor must be allowed to
 * change the commitment: an editor of a unit above its lead, or an administrator.
 */
public record RecordIndicatorMeasurementCommand(
    CommitmentId commitment,
    IndicatorId indicator,
    Measurement measurement,
    Optional<String> note,
    long expectedVersion,
    Actor actor) {

  public RecordIndicatorMeasurementCommand {
    Checks.present(commitment, "the commitment");
    Checks.present(indicator, "the indicator");
    Checks.present(measurement, "the measurement");
    Checks.present(measurement.date(), "the measurement's date");
    Checks.present(measurement.value(), "the measurement's value");
    Checks.optionalText(note, "the note");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who records the measurement");
  }

  /** Recorded by a trusted caller, acting under {@code actor} as an administrator. */
  public RecordIndicatorMeasurementCommand(
      CommitmentId commitment,
      IndicatorId indicator,
      Measurement measurement,
      Optional<String> note,
      long expectedVersion,
      String actor) {
    this(
        commitment,
        indicator,
        measurement,
        note,
        expectedVersion,
        Actor.administrator(Checks.text(actor, "who records the measurement")));
  }
}
