package org.civitas.application.service;

import org.civitas.application.port.UnknownId;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.UnitId;

/** The refusal shared by the queries that start from a unit on a day. */
final class Units {

  private Units() {}

  /** Refuses a unit the chart does not hold, or one that did not exist that day. */
  static void requireInForce(OrgChart chart, Hierarchy hierarchy, UnitId unit) {
    if (!chart.contains(unit)) {
      throw UnknownId.of(UnknownId.Kind.UNIT, unit);
    }
    if (!hierarchy.contains(unit)) {
      throw UnknownId.unitOn(unit, hierarchy.date());
    }
  }
}
