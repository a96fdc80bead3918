package org.civitas.application.port.in;

import org.civitas.domain.organization.UnitId;

/** What became of unit {@code unit} over time. */
public record ShowUnitHistoryQuery(UnitId unit) {

  public ShowUnitHistoryQuery {
    Checks.present(unit, "the unit whose history to show");
  }
}
