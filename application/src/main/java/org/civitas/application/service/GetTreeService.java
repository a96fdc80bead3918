package org.civitas.application.service;

import java.time.LocalDate;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.in.GetTreeUseCase;
import org.civitas.application.port.in.TreeView;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;

/**
 * Asks the chart for the structure in force on the day: below a root, only that subtree is read
 * from the store.
 */
public final class GetTreeService implements GetTreeUseCase {

  private final LoadUnitsPort units;
  private final LoadSubtreePort subtrees;
  private final ClockPort clock;

  public GetTreeService(LoadUnitsPort units, LoadSubtreePort subtrees, ClockPort clock) {
    this.units = units;
    this.subtrees = subtrees;
    this.clock = clock;
  }

  @Override
  public TreeView tree(GetTreeQuery query) {
    LocalDate date = query.asOf().orElseGet(clock::today);
    Hierarchy hierarchy =
        query.root().isPresent()
            ? Units.below(subtrees, units, query.root().get(), date, query.depth())
            : OrgChart.of(units.loadUnits()).on(date);
    return new TreeView(date, hierarchy.tree(query.root(), query.depth().orElse(-1)));
  }
}
