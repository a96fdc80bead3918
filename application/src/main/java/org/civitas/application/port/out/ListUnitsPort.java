package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;

/**
 * Reads the units in force on a day a page at a time, in the order of their ids, without reading
 * the rest: what a list of units needs, however many units the ministry has.
 */
public interface ListUnitsPort {

  /**
   * Which units to list: those alive on {@code asOf}, directly under {@code parent} that day when
   * one is given, of {@code kind} when one is given, whose id comes after {@code after} (in the
   * order of {@link UnitId}) when one is given; {@code limit} of them at most.
   */
  record Listing(
      LocalDate asOf,
      Optional<UnitId> parent,
      Optional<UnitKind> kind,
      Optional<UnitId> after,
      int limit) {

    public Listing {
      if (asOf == null || parent == null || kind == null || after == null) {
        throw new IllegalArgumentException("a listing names its day, and its filters or none");
      }
      if (limit < 1) {
        throw new IllegalArgumentException("a listing holds 1 unit or more, not " + limit);
      }
    }
  }

  /**
   * A unit in force on the day listed, with its parent that day: empty when it stands as a root (it
   * has none, or its parent was not alive that day).
   */
  record Placed(OrgUnit unit, Optional<UnitId> parent) {}

  /** The units of {@code listing}, in the order of their ids. */
  ImmutableList<Placed> listUnits(Listing listing);
}
