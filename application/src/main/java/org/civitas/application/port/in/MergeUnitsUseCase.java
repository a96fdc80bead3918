package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;

/**
 * Merges units into one from a day on. Units still under a unit that ends must be moved first: the
 * structure never keeps a unit under one that is gone.
 */
public interface MergeUnitsUseCase {

  /**
   * Answers the unit merged into as stored, with its new version; every unit the merge names moves
   * one version on.
   *
   * @throws UnknownId when there is no unit to merge into
   * @throws VersionConflict when one of the units named changed since; nothing changes
   * @throws ChangeForbidden when one of the units named lies outside the actor's scope
   * @throws ChangeRefused as the domain refuses the merge: fewer than two units, an unknown unit, a
   *     unit not alive that day, units still under a unit it ends, an attribution not held by the
   *     units it ends
   */
  Versioned<OrgUnit> merge(MergeUnitsCommand command);
}
