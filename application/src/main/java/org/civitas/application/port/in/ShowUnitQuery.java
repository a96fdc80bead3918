package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.UnitId;

/** The unit {@code unit} as it stood on {@code asOf} (today when empty). */
public record ShowUnitQuery(UnitId unit, Optional<LocalDate> asOf) {

  public ShowUnitQuery {
    Checks.present(unit, "the unit to show");
    Checks.present(asOf, "the date, or none for today");
  }

  public static ShowUnitQuery today(UnitId unit) {
    return new ShowUnitQuery(unit, Optional.empty());
  }

  public static ShowUnitQuery on(UnitId unit, LocalDate date) {
    return new ShowUnitQuery(unit, Optional.of(date));
  }
}
