package org.civitas.application.service;

import java.time.LocalDate;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.in.GetTreeUseCase;
import org.civitas.application.port.in.TreeView;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;

/** Asks the chart for the structure in force on the day. */
public final class GetTreeService implements GetTreeUseCase {

  private final LoadUnitsPort units;
  private final ClockPort clock;

  public GetTreeService(LoadUnitsPort units, ClockPort clock) {
    this.units = units;
    this.clock = clock;
  }

  @Override
  public TreeView tree(GetTreeQuery query) {
    LocalDate date = query.asOf().orElseGet(clock::today);
    OrgChart chart = OrgChart.of(units.loadUnits());
    Hierarchy hierarchy = chart.on(date);
    query.root().ifPresent(root -> Units.requireInForce(chart, hierarchy, root));
    return new TreeView(date, hierarchy.tree(query.root(), query.depth().orElse(-1)));
  }
}
