package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;

/** Changes what a unit says of itself: its name, kind, posts, mandate, links… */
public interface UpdateUnitUseCase {

  /**
   * Answers the unit as stored, with its new version.
   *
   * @throws UnknownId when there is no such unit
   * @throws VersionConflict when it changed since the version named; nothing changes
   * @throws ChangeForbidden when it lies outside the actor's scope
   * @throws ChangeRefused when the unit as changed would break a rule of the record
   */
  Versioned<OrgUnit> update(UpdateUnitCommand command);
}
