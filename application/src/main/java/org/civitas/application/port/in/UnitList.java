package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitSearch;

/**
 * A page of units in force on {@code asOf}, and where the next page starts ({@code next}, to give
 * back as {@link ListUnitsQuery#after()}; empty on the last page).
 */
public record UnitList(LocalDate asOf, ImmutableList<Listed> units, Optional<String> next) {

  /**
   * A unit of the list, with its parent that day (empty when it stands as a root) and, in a search,
   * where the words matched.
   */
  public record Listed(OrgUnit unit, Optional<UnitId> parent, Optional<UnitSearch.Match> match) {}
}
