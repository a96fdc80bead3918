package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/** The commitments' progress and schedule states, rolled up unit by unit, as of a day. */
public interface GetProgressUseCase {

  /**
   * @throws UnknownId when the unit asked is not stored, or did not exist that day
   */
  ProgressReport progress(GetProgressQuery query);
}
