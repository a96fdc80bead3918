package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;

/** Reads organisational units. */
public interface LoadUnitsPort {

  /** Every stored unit across time, in the order stored. */
  ImmutableList<OrgUnit> loadUnits();

  /** One unit across time with its version, or empty when there is none with {@code id}. */
  Optional<Versioned<OrgUnit>> loadUnit(UnitId id);

  /**
   * One unit as first established, as stored, without the restructurings of the record, with its
   * version: the form a change of the unit starts from and writes back.
   */
  Optional<Versioned<OrgUnit>> loadUnitAsEstablished(UnitId id);
}
