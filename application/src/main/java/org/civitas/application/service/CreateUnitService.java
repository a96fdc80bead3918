package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CreateUnitCommand;
import org.civitas.application.port.in.CreateUnitUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadChildrenPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/** Establishes a unit under its parent from a day on, with the id it is given if it is free. */
public final class CreateUnitService implements CreateUnitUseCase {

  private final UnitChanges changes;

  public CreateUnitService(
      LoadUnitsPort units,
      LoadChildrenPort children,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this.changes = new UnitChanges(units, children, save, clock, authorization);
  }

  @Override
  public Versioned<OrgUnit> create(CreateUnitCommand command) {
    UnitId id = command.unit();
    Optional<UnitId> parent = command.parent();
    if (parent.isPresent()) {
      changes
          .authorization()
          .requireMayChangeUnit(
              command.actor(),
              parent.get(),
              "the new unit's parent '" + parent.get() + "' lies outside them");
      OrgUnit above =
          changes
              .find(parent.get())
              .map(Versioned::value)
              .orElseThrow(
                  () ->
                      new ChangeRefused(
                          ChangeRefused.Reason.UNKNOWN_UNIT,
                          "there is no unit '"
                              + parent.get()
                              + "' to place '"
                              + id
                              + "' under: check the parent's id"));
      if (!above.isAliveOn(command.from())) {
        throw new ChangeRefused(
            ChangeRefused.Reason.NOT_ALIVE,
            "unit '"
                + parent.get()
                + "' does not exist on "
                + command.from()
                + ": choose a parent, or a day, within its lifetime");
      }
    } else {
      changes
          .authorization()
          .requireAdministrator(command.actor(), "create a unit at the top of the structure");
    }
    if (changes.find(id).isPresent()) {
      throw taken(id);
    }
    PartialDate from = PartialDate.of(command.from());
    OrgUnit unit =
        command
            .properties()
            .applyTo(
                OrgUnit.builder()
                    .id(id)
                    .kind(command.properties().kind())
                    .name(command.properties().name())
                    .lifetime(Period.from(from))
                    .parents(
                        parent
                            .map(p -> ImmutableList.of(new ParentLink(p, Period.from(from))))
                            .orElse(ImmutableList.of()))
                    .build());
    try {
      return changes.save(
          unit,
          Versioned.NOT_STORED,
          command.actor(),
          "unit.create",
          Optional.empty(),
          Optional.of(AuditText.created(unit, parent, command.from())));
    } catch (VersionConflict conflict) {
      // Another writer created a unit with this id meanwhile.
      throw taken(id);
    }
  }

  private static ChangeRefused taken(UnitId id) {
    return new ChangeRefused(
        ChangeRefused.Reason.ID_TAKEN,
        "there is a unit '" + id + "' already: give the new unit an id of its own");
  }
}
