package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.in.FindUnitsQuery;
import org.civitas.application.port.in.FindUnitsUseCase;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.organization.UnitSearch;

/** Ranks every stored unit with the domain's search rule. */
public final class FindUnitsService implements FindUnitsUseCase {

  private final LoadUnitsPort units;

  public FindUnitsService(LoadUnitsPort units) {
    this.units = units;
  }

  @Override
  public ImmutableList<UnitSearch.Match> find(FindUnitsQuery query) {
    return query.search().rank(units.loadUnits());
  }
}
