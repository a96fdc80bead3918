package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;

/**
 * Reads the part of the structure below one unit on one day, without reading the rest: what a tree
 * or a roll-up below a unit needs, however many units the ministry has.
 */
public interface LoadSubtreePort {

  /**
   * {@code root} and the units below it on {@code asOf}, down to {@code depth} levels below it
   * (every level when empty; 0 gives the root alone), in the order stored. Each unit is one alive
   * that day whose parent that day is in the answer, the root excepted, so {@code
   * OrgChart.of(answer).on(asOf)} is the subtree as the whole chart has it that day. Empty when
   * there is no such unit or it was not alive that day.
   */
  ImmutableList<OrgUnit> loadSubtree(UnitId root, LocalDate asOf, OptionalInt depth);
}
