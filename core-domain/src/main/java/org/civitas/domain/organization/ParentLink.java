package org.civitas.domain.organization;

import org.civitas.domain.time.Period;

/** That a unit sat under {@code parent} during {@code period}: the hierarchy is dated. */
public record ParentLink(UnitId parent, Period period) {

  public static ParentLink always(UnitId parent) {
    return new ParentLink(parent, Period.ALWAYS);
  }
}
