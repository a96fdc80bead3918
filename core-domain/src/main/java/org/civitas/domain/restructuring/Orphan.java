package org.civitas.domain.restructuring;

import java.time.LocalDate;
import org.civitas.domain.organization.UnitId;

/**
 * A holding that no unit takes when the restructuring at {@code index} ends its holder: it stays
 * with a unit that no longer exists. {@code field} is where in the restructuring it should be
 * handed over ({@code attributions}, {@code commitments}, {@code strategies} or {@code actions}).
 */
public record Orphan(
    Holding holding, UnitId holder, int index, Restructuring.Ending restructuring, String field) {

  /** The first day it has no living holder. */
  public LocalDate date() {
    return restructuring.effective();
  }
}
