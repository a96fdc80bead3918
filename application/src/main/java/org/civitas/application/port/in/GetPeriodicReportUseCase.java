package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * The report a ministry files for a month, a quarter, a semester or a year: for each commitment,
 * its progress when the period opened and when it closed, the activities completed within it, those
 * overdue or behind at its close and the indicators' measurements dated within it, rolled up unit
 * by unit. Past figures are replayed from the progress reports in the audit log.
 */
public interface GetPeriodicReportUseCase {

  /**
   * @throws UnknownId when the unit asked is not stored, or did not exist at the period's close
   * @throws InvariantViolation when the period has not begun yet
   */
  PeriodicReport report(GetPeriodicReportQuery query);
}
