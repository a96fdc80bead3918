package org.civitas.application.service;

import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.UnitId;

/**
 * Who may change what, decided here and nowhere else. An administrator may change anything and
 * alone may replace the whole record. An editor may change what belongs to a unit of its scope
 * unit's subtree as the structure stands today (a commitment belongs to its lead unit); a unit not
 * in force today is in nobody's subtree, so only an administrator changes it.
 */
public final class Authorization {

  private final LoadUnitsPort units;
  private final ClockPort clock;

  public Authorization(LoadUnitsPort units, ClockPort clock) {
    this.units = units;
    this.clock = clock;
  }

  /**
   * Refuses {@code actor} a change to {@code what}, which belongs to {@code owner}, unless it may.
   *
   * @throws ChangeForbidden when {@code owner} lies outside an editor's scope
   */
  public void requireMayChange(Actor actor, UnitId owner, String what) {
    if (actor.isAdministrator()) {
      return;
    }
    UnitId scope = actor.scope().orElseThrow();
    Hierarchy today = OrgChart.of(units.loadUnits()).on(clock.today());
    boolean within =
        today.contains(owner) && (owner.equals(scope) || today.ancestors(owner).contains(scope));
    if (!within) {
      throw new ChangeForbidden(
          actor.name(),
          actor.name()
              + " may change only what belongs to unit '"
              + scope
              + "' and the units under it; "
              + what
              + " belongs to unit '"
              + owner
              + "'");
    }
  }

  /**
   * Refuses {@code actor} {@code what} unless it is an administrator.
   *
   * @throws ChangeForbidden when it is not
   */
  public void requireAdministrator(Actor actor, String what) {
    if (!actor.isAdministrator()) {
      throw new ChangeForbidden(
          actor.name(),
          "only an administrator may " + what + "; " + actor.name() + " is an editor");
    }
  }
}
