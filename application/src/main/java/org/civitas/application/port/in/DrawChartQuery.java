package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.UnitId;

/** The org chart of {@code root} and every unit below it, as of {@code asOf} (today when empty). */
public record DrawChartQuery(UnitId root, Optional<LocalDate> asOf, ChartFormat format) {

  public DrawChartQuery {
    Checks.present(root, "the unit at the top of the chart");
    Checks.present(asOf, "the date, or none for today");
    Checks.present(format, "the format of the chart (svg, dot or mermaid)");
  }

  public static DrawChartQuery today(UnitId root, ChartFormat format) {
    return new DrawChartQuery(root, Optional.empty(), format);
  }

  public static DrawChartQuery on(UnitId root, LocalDate date, ChartFormat format) {
    return new DrawChartQuery(root, Optional.of(date), format);
  }
}
