package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;

/** Gives a unit a new name from a day on, the former one kept with the days it was borne. */
public interface RenameUnitUseCase {

  /**
   * Answers the unit as stored, with its new version.
   *
   * @throws UnknownId when there is no such unit
   * @throws VersionConflict when it changed since the version named; nothing changes
   * @throws ChangeForbidden when it lies outside the actor's scope
   * @throws ChangeRefused when the unit does not live both the day before and the first day of its
   *     new name, or when a later restructuring of the record could no longer take effect
   */
  Versioned<OrgUnit> rename(RenameUnitCommand command);
}
