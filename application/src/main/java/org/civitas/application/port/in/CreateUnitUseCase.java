package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;

/** Establishes a new unit in the structure, from a day on. */
public interface CreateUnitUseCase {

  /**
   * Answers the unit as stored, at version 1.
   *
   * @throws ChangeRefused when the id is taken, the parent is unknown or not alive that day, or the
   *     unit would break a rule of the record
   * @throws ChangeForbidden when the parent lies outside the actor's scope
   */
  Versioned<OrgUnit> create(CreateUnitCommand command);
}
