package org.civitas.application.port.in;

import org.civitas.domain.invariant.InvariantViolation;

/** The units in force on a day, filtered or searched, a page at a time. */
public interface ListUnitsUseCase {

  /**
   * The page the query asks for, and where the next one starts.
   *
   * @throws InvariantViolation when {@code after} is not the {@code next} of a page of this query
   */
  UnitList list(ListUnitsQuery query);
}
