package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.LocalizedText;

/**
 * Unit {@code unit} bears {@code name}, with {@code acronym} or none, from {@code from} on, says
 * {@code actor}, who read it at {@code expectedVersion}. Its former name is kept with its days: a
 * renaming is an event of the record, not a correction of the name (which {@link UpdateUnitCommand}
 * makes).
 */
public record RenameUnitCommand(
    UnitId unit,
    LocalizedText name,
    Optional<String> acronym,
    LocalDate from,
    LegalBasis basis,
    long expectedVersion,
    Actor actor) {

  public RenameUnitCommand {
    Checks.present(unit, "the unit to rename");
    Checks.present(name, "the new name");
    Checks.optionalText(acronym, "the new acronym");
    Checks.present(from, "the first day of the new name");
    Checks.present(basis, "the legal basis, or LegalBasis.NONE");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who renames the unit");
  }
}
