package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;

/**
 * Establish unit {@code unit}, saying {@code properties} of itself, on {@code from}: under {@code
 * parent} from that day on, or at the top of the structure when there is none. The id must be new.
 * An editor may create a unit only under a unit of its scope; only an administrator creates one at
 * the top.
 */
public record CreateUnitCommand(
    UnitId unit, UnitProperties properties, Optional<UnitId> parent, LocalDate from, Actor actor) {

  public CreateUnitCommand {
    Checks.present(unit, "the new unit's id");
    Checks.present(properties, "what the unit says of itself (kind, name…)");
    Checks.present(parent, "the parent, or none for a unit at the top");
    Checks.present(from, "the day the unit is established");
    Checks.present(actor, "who creates the unit");
  }
}
