package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;

/** How the queries that start from a unit on a day read the structure below it. */
final class Units {

  private Units() {}

  /**
   * The structure below {@code root} on {@code date}, down to {@code depth} levels, read from the
   * store without the rest of the chart.
   *
   * @throws UnknownId when the store holds no such unit, or it did not exist that day
   */
  static Hierarchy below(
      LoadSubtreePort subtrees,
      LoadUnitsPort units,
      UnitId root,
      LocalDate date,
      OptionalInt depth) {
    ImmutableList<OrgUnit> subtree = subtrees.loadSubtree(root, date, depth);
    if (subtree.isEmpty()) {
      throw units.loadUnit(root).isPresent()
          ? UnknownId.unitOn(root, date)
          : UnknownId.of(UnknownId.Kind.UNIT, root);
    }
    return OrgChart.of(subtree).on(date);
  }
}
