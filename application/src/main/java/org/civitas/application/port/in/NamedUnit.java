package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;

/**
 * A unit a view names beside the one it is about (a parent, a predecessor, a unit merged), by the
 * name it bore on the day that matters there. Kind and name are empty only for an id the record
 * does not hold, which validation refuses.
 */
public record NamedUnit(UnitId id, Optional<UnitKind> kind, Optional<DatedName> name) {

  /** {@code id} as {@code unit} was named on {@code day}, or by its latest name without one. */
  public static NamedUnit of(UnitId id, Optional<OrgUnit> unit, Optional<LocalDate> day) {
    return new NamedUnit(
        id,
        unit.map(OrgUnit::kind),
        unit.map(u -> day.map(u::nameOn).orElseGet(() -> u.names().get(u.names().size() - 1))));
  }

  /** {@code unit} as it was named on {@code day}. */
  public static NamedUnit on(OrgUnit unit, LocalDate day) {
    return of(unit.id(), Optional.of(unit), Optional.of(day));
  }
}
