package org.civitas.application.service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Leads;

/**
 * Who may change what, decided here and nowhere else. An administrator may change anything and
 * alone may replace the whole record. An editor may change what belongs to a unit of its scope
 * unit's subtree as the structure stands today (a commitment belongs to the unit that leads it
 * today, after a merge or a split the successor that took it over); a unit not in force today is in
 * nobody's subtree, so only an administrator changes it.
 */
public final class Authorization {

  private final LoadUnitsPort units;
  private final LoadRestructuringsPort restructurings;
  private final ClockPort clock;

  public Authorization(
      LoadUnitsPort units, LoadRestructuringsPort restructurings, ClockPort clock) {
    this.units = units;
    this.restructurings = restructurings;
    this.clock = clock;
  }

  /**
   * Refuses {@code actor} a change to {@code commitment} unless it may change what belongs to the
   * unit that leads it today.
   *
   * @throws ChangeForbidden when that unit lies outside an editor's scope
   */
  public void requireMayChange(Actor actor, Commitment commitment) {
    requireMayChange(actor, leadToday(commitment), "commitment " + commitment.id());
  }

  /**
   * Whether {@code actor} may change what belongs to the unit that leads {@code commitment} today.
   */
  public boolean mayChange(Actor actor, Commitment commitment) {
    return actor.isAdministrator() || mayChange(actor, leadToday(commitment));
  }

  /**
   * The unit that leads {@code commitment} today: the one its record names until a merge, a split
   * or a dissolution passes the lead on. A lead handed to no unit stays with the unit that ended,
   * in nobody's subtree.
   */
  private UnitId leadToday(Commitment commitment) {
    return Leads.of(List.of(commitment), restructurings.loadRestructurings())
        .on(commitment, clock.today());
  }

  /**
   * Refuses {@code actor} a change to {@code what}, which belongs to {@code owner}, unless it may.
   *
   * @throws ChangeForbidden when {@code owner} lies outside an editor's scope
   */
  public void requireMayChange(Actor actor, UnitId owner, String what) {
    if (!mayChange(actor, owner)) {
      UnitId scope = actor.scope().orElseThrow();
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
   * Refuses {@code actor} a change that touches unit {@code unit} unless it lies in its scope; the
   * refusal ends with {@code why}, which says how the unit is touched (e.g. {@code the new unit's
   * parent 'dpsv' lies outside them}).
   *
   * @throws ChangeForbidden when {@code unit} lies outside an editor's scope
   */
  public void requireMayChangeUnit(Actor actor, UnitId unit, String why) {
    if (!mayChange(actor, unit)) {
      throw new ChangeForbidden(
          actor.name(),
          actor.name()
              + " may change only unit '"
              + actor.scope().orElseThrow()
              + "' and the units under it; "
              + why);
    }
  }

  /**
   * Whether {@code actor} may change what belongs to {@code owner}: it is an administrator, or
   * {@code owner} lies in its scope unit's subtree today.
   */
  public boolean mayChange(Actor actor, UnitId owner) {
    return actor.isAdministrator() || isWithin(owner, actor.scope().orElseThrow(), clock.today());
  }

  /**
   * Whether {@code unit} is {@code scope} or lies below it on {@code day}: climbs from the unit
   * through the parents it had that day, each alive that day, reading only that chain.
   */
  private boolean isWithin(UnitId unit, UnitId scope, LocalDate day) {
    Set<UnitId> seen = new HashSet<>();
    Optional<UnitId> next = Optional.of(unit);
    while (next.isPresent() && seen.add(next.get())) {
      Optional<OrgUnit> alive =
          units.loadUnit(next.get()).map(Versioned::value).filter(u -> u.isAliveOn(day));
      if (alive.isEmpty()) {
        return false;
      }
      if (alive.get().id().equals(scope)) {
        return true;
      }
      next = alive.get().parentOn(day);
    }
    return false;
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
