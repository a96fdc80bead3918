package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.commitment.Commitment;

/** Records an activity's new status and progress, as its lead unit reports them. */
public interface ReportActivityProgressUseCase {

  /**
   * Answers the commitment as stored, with its new version.
   *
   * @throws UnknownId when the commitment or the activity does not exist
   * @throws VersionConflict when the commitment changed since the version named; nothing changes
   */
  Versioned<Commitment> report(ReportActivityProgressCommand command);
}
