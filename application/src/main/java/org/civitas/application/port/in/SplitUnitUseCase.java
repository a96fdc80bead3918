package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;

/**
 * Splits a unit into two or more from a day on. Units still under it must be moved first: the
 * structure never keeps a unit under one that is gone.
 */
public interface SplitUnitUseCase {

  /**
   * Answers the unit split as stored, ended, with its new version; every unit the split names moves
   * one version on.
   *
   * @throws UnknownId when there is no unit to split
   * @throws VersionConflict when one of the units named changed since; nothing changes
   * @throws ChangeForbidden when one of the units named lies outside the actor's scope
   * @throws ChangeRefused as the domain refuses the split: fewer than two successors, an unknown
   *     unit, a unit not alive that day, units still under it, an attribution it does not hold or
   *     that goes to two successors
   */
  Versioned<OrgUnit> split(SplitUnitCommand command);
}
