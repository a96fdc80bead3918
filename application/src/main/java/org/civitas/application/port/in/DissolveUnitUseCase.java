package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;

/**
 * Ends a unit's life on a day, with or without successors. Units still under it after that day must
 * be moved (or dissolved) first: the structure never keeps a unit under one that is gone.
 */
public interface DissolveUnitUseCase {

  /**
   * Answers the unit as stored, with its new version; every successor moves one version on.
   *
   * @throws UnknownId when there is no such unit
   * @throws VersionConflict when it or a successor changed since; nothing changes
   * @throws ChangeForbidden when it or a successor lies outside the actor's scope
   * @throws ChangeRefused when it is dissolved already, was not alive that day, units are still
   *     under it after that day, or a successor is unknown or not alive the next day
   */
  Versioned<OrgUnit> dissolve(DissolveUnitCommand command);
}
