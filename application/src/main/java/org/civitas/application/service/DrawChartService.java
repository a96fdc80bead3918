package org.civitas.application.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.application.chart.ChartRenderer;
import org.civitas.application.chart.DotChart;
import org.civitas.application.chart.MermaidChart;
import org.civitas.application.chart.SvgChart;
import org.civitas.application.port.in.ChartFormat;
import org.civitas.application.port.in.DrawChartQuery;
import org.civitas.application.port.in.DrawChartUseCase;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.TreeNode;

/** Takes the subtree in force on the day and hands it to the renderer of the format asked. */
public final class DrawChartService implements DrawChartUseCase {

  private final LoadUnitsPort units;
  private final LoadSubtreePort subtrees;
  private final ClockPort clock;

  public DrawChartService(LoadUnitsPort units, LoadSubtreePort subtrees, ClockPort clock) {
    this.units = units;
    this.subtrees = subtrees;
    this.clock = clock;
  }

  @Override
  public String draw(DrawChartQuery query) {
    LocalDate date = query.asOf().orElseGet(clock::today);
    Hierarchy hierarchy = Units.below(subtrees, units, query.root(), date, OptionalInt.empty());
    TreeNode tree = hierarchy.tree(Optional.of(query.root()), -1).get(0);
    return renderer(query.format()).render(tree, date);
  }

  private static ChartRenderer renderer(ChartFormat format) {
    return switch (format) {
      case SVG -> new SvgChart();
      case DOT -> new DotChart();
      case MERMAID -> new MermaidChart();
    };
  }
}
