package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civitas.application.Civitas;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;

/**
 * The stored units by id, so that a view holding only ids can name them, as they were named on the
 * day the view is of.
 */
final class UnitNames {

  private final ImmutableMap<UnitId, OrgUnit> units;
  private final LocalDate day;

  private UnitNames(ImmutableMap<UnitId, OrgUnit> units, LocalDate day) {
    this.units = units;
    this.day = day;
  }

  /** The units across time, named as on {@code day}. */
  static UnitNames of(Civitas civitas, LocalDate day) {
    Map<UnitId, OrgUnit> byId = new LinkedHashMap<>();
    civitas.exportSnapshot().export().chart().units().forEach(u -> byId.putIfAbsent(u.id(), u));
    return new UnitNames(ImmutableMap.copyOf(byId), day);
  }

  Optional<OrgUnit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  /** {@code ACRONYM — Name (id)}, or the id alone for a unit the record does not hold. */
  String label(UnitId id, Style style) {
    return unit(id)
        .map(u -> style.unit(u, day) + " " + style.dim("(" + id + ")"))
        .orElse(id.value());
  }

  /** {@code MSISF (msisf)}: the acronym, or the name when there is none, and the id. */
  String shortLabel(UnitId id, Style style) {
    return unit(id)
            .map(u -> u.nameOn(day))
            .map(n -> n.acronym().map(style::bold).orElse(n.name().text()))
            .orElse(id.value())
        + " "
        + style.dim("(" + id + ")");
  }

  /** The unit as JSON (docs/cli-json.md). */
  ObjectNode json(UnitId id) {
    return Json.unit(id, unit(id), day);
  }
}
