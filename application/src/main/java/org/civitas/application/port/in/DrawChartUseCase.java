package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/** The org chart of a unit, drawn from the structure in force on a day, so it is never stale. */
public interface DrawChartUseCase {

  /**
   * @return the chart's text in the format asked: an SVG document, Graphviz or Mermaid source
   * @throws UnknownId when the root is not stored, or did not exist that day
   */
  String draw(DrawChartQuery query);
}
