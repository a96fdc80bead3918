package org.civitas.application.port.in;

import java.util.Optional;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.ReportingPeriod;

/**
 * The progress report for {@code period} on the commitments led below {@code unit} (every root when
 * empty).
 */
public record GetPeriodicReportQuery(ReportingPeriod period, Optional<UnitId> unit) {

  public GetPeriodicReportQuery {
    Checks.present(period, "the period, e.g. 2025-S2");
    Checks.present(unit, "the unit, or none for every root");
  }

  public static GetPeriodicReportQuery of(ReportingPeriod period) {
    return new GetPeriodicReportQuery(period, Optional.empty());
  }

  public GetPeriodicReportQuery below(UnitId root) {
    return new GetPeriodicReportQuery(period, Optional.of(root));
  }
}
