package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/** One unit with its place in the structure and its commitments, as of a day. */
public interface ShowUnitUseCase {

  /**
   * @throws UnknownId when no unit has the id asked
   */
  UnitView show(ShowUnitQuery query);
}
