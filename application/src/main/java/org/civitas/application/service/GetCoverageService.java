package org.civitas.application.service;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.CoverageView;
import org.civitas.application.port.in.GetCoverageQuery;
import org.civitas.application.port.in.GetCoverageUseCase;
import org.civitas.application.port.out.LoadStrategyPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Coverage;
import org.civitas.domain.strategy.Strategy;

/** Asks the domain who owns each action, and names the owners. */
public final class GetCoverageService implements GetCoverageUseCase {

  private final LoadStrategyPort strategies;
  private final LoadUnitsPort units;

  public GetCoverageService(LoadStrategyPort strategies, LoadUnitsPort units) {
    this.strategies = strategies;
    this.units = units;
  }

  @Override
  public CoverageView coverage(GetCoverageQuery query) {
    Strategy strategy =
        strategies
            .loadStrategy(query.strategy())
            .orElseThrow(() -> UnknownId.of(UnknownId.Kind.STRATEGY, query.strategy()))
            .value();
    Coverage coverage = Coverage.of(strategy);
    Map<UnitId, OrgUnit> owners = new LinkedHashMap<>();
    for (Coverage.ActionOwnership row : coverage.actions()) {
      for (UnitId owner : row.action().owners()) {
        if (!owners.containsKey(owner)) {
          units.loadUnit(owner).ifPresent(unit -> owners.put(owner, unit.value()));
        }
      }
    }
    return new CoverageView(strategy, coverage, ImmutableMap.copyOf(owners));
  }
}
