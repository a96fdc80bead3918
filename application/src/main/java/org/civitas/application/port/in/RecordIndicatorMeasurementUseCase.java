package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.commitment.Commitment;

/** Adds a measurement to one of a commitment's indicators. */
public interface RecordIndicatorMeasurementUseCase {

  /**
   * Answers the commitment as stored, with its new version.
   *
   * @throws UnknownId when the commitment or the indicator does not exist
   * @throws VersionConflict when the commitment changed since the version named; nothing changes
   */
  Versioned<Commitment> record(RecordIndicatorMeasurementCommand command);
}
