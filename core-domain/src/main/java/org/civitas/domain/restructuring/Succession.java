package org.civitas.domain.restructuring;

import java.time.LocalDate;
import org.civitas.domain.organization.UnitId;

/**
 * That {@code successor} carries on the work of {@code predecessor} from the date of the
 * restructuring at {@code index} in the record.
 */
public record Succession(
    UnitId predecessor, UnitId successor, int index, Restructuring.Ending restructuring) {

  /** The first day the successor carries the work. */
  public LocalDate date() {
    return restructuring.effective();
  }
}
