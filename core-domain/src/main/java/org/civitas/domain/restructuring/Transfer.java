package org.civitas.domain.restructuring;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.UnitId;

/**
 * That a holding passed from {@code from} to {@code to} on the date of the restructuring at {@code
 * index} in the record; to no unit when the restructuring ends it (an attribution dropped).
 */
public record Transfer(
    Holding holding,
    UnitId from,
    Optional<UnitId> to,
    int index,
    Restructuring.Ending restructuring) {

  /** The first day the new holder holds it. */
  public LocalDate date() {
    return restructuring.effective();
  }
}
