package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/**
 * A unit's lineage: the names it bore and the parents it sat under, each with its days, the units
 * it succeeded and those that succeeded it, and the restructurings that made it what it became.
 */
public interface ShowUnitHistoryUseCase {

  /**
   * @throws UnknownId when no unit has the id asked
   */
  UnitHistoryView history(ShowUnitHistoryQuery query);
}
