package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/** Each action of a strategy with the units that own it, and the actions nobody owns. */
public interface GetCoverageUseCase {

  /**
   * @throws UnknownId when no strategy has the id asked
   */
  CoverageView coverage(GetCoverageQuery query);
}
