package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;

/** Places a unit, and everything under it, under another parent from a day on. */
public interface MoveUnitUseCase {

  /**
   * Answers the unit as stored, with its new version.
   *
   * @throws UnknownId when there is no such unit
   * @throws VersionConflict when it changed since the version named; nothing changes
   * @throws ChangeForbidden when the unit or its new parent lies outside the actor's scope
   * @throws ChangeRefused as the domain refuses the move: an unknown parent, a unit not alive that
   *     day, a unit that would end up under itself
   */
  Versioned<OrgUnit> move(MoveUnitCommand command);
}
