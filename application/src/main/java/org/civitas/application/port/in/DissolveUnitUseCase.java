package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;

/**
 * Ends a unit's life on a day. Units still under it after that day must be moved (or dissolved)
 * first: the structure never keeps a unit under one that is gone.
 */
public interface DissolveUnitUseCase {

  /**
   * Answers the unit as stored, with its new version.
   *
   * @throws UnknownId when there is no such unit
   * @throws VersionConflict when it changed since the version named; nothing changes
   * @throws ChangeForbidden when it lies outside the actor's scope
   * @throws ChangeRefused when it is dissolved already, was not alive that day, or units are still
   *     under it after that day
   */
  Versioned<OrgUnit> dissolve(DissolveUnitCommand command);
}
