package org.civitas.application.service;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.CoverageView;
import org.civitas.application.port.in.GetCoverageQuery;
import org.civitas.application.port.in.GetCoverageUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadStrategyPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Leads;
import org.civitas.domain.strategy.Coverage;
import org.civitas.domain.strategy.Strategy;

/**
 * Asks the domain who owns each action on the day, following the restructurings that passed an
 * ownership on, and names the owners.
 */
public final class GetCoverageService implements GetCoverageUseCase {

  private final LoadStrategyPort strategies;
  private final LoadUnitsPort units;
  private final LoadRestructuringsPort restructurings;
  private final ClockPort clock;

  public GetCoverageService(
      LoadStrategyPort strategies,
      LoadUnitsPort units,
      LoadRestructuringsPort restructurings,
      ClockPort clock) {
    this.strategies = strategies;
    this.units = units;
    this.restructurings = restructurings;
    this.clock = clock;
  }

  @Override
  public CoverageView coverage(GetCoverageQuery query) {
    Strategy strategy =
        strategies
            .loadStrategy(query.strategy())
            .orElseThrow(() -> UnknownId.of(UnknownId.Kind.STRATEGY, query.strategy()))
            .value();
    LocalDate date = query.asOf().orElseGet(clock::today);
    Leads leads = Leads.of(List.of(strategy), List.of(), restructurings.loadRestructurings());
    Coverage coverage = Coverage.of(strategy, action -> leads.ownersOn(strategy, action, date));
    Map<UnitId, OrgUnit> owners = new LinkedHashMap<>();
    for (Coverage.ActionOwnership row : coverage.actions()) {
      for (UnitId owner : row.owners()) {
        if (!owners.containsKey(owner)) {
          units.loadUnit(owner).ifPresent(unit -> owners.put(owner, unit.value()));
        }
      }
    }
    return new CoverageView(strategy, date, coverage, ImmutableMap.copyOf(owners));
  }
}
