package org.civitas.adapter.persistence.opendata;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.PartialDate;

/**
 * The dated changes to the structure that the record holds, as an export publishes them: a unit's
 * establishment and its dissolution, where the source gives their date. Each has a path of its own
 * under the base IRI, so that its IRI is stable.
 */
final class Changes {

  /** One change: what it was, when, the units before it and the units it gave. */
  record Change(
      String path,
      String type,
      PartialDate date,
      ImmutableList<UnitId> originals,
      ImmutableList<UnitId> results) {}

  private Changes() {}

  /** Every change, unit by unit in the record's order, each establishment before a dissolution. */
  static ImmutableList<Change> of(OrgChart chart) {
    ImmutableList.Builder<Change> changes = ImmutableList.builder();
    for (OrgUnit unit : chart.units()) {
      String path = "units/" + unit.id().value();
      ImmutableList<UnitId> it = ImmutableList.of(unit.id());
      unit.established()
          .ifPresent(
              date ->
                  changes.add(
                      new Change(
                          path + "/established", "established", date, ImmutableList.of(), it)));
      unit.dissolved()
          .ifPresent(
              date ->
                  changes.add(
                      new Change(path + "/dissolved", "dissolved", date, it, ImmutableList.of())));
    }
    return changes.build();
  }
}
