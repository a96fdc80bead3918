package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;

/** Reads the units placed under one unit, at any time: what a change to that unit may affect. */
public interface LoadChildrenPort {

  /**
   * Every unit with a parent link to {@code parent} across time, restructurings applied, whatever
   * its dates and whether or not it was alive then, in the order stored; empty when there is none.
   */
  ImmutableList<OrgUnit> loadChildren(UnitId parent);
}
