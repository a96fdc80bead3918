package org.civitas.application.report;

import org.civitas.application.port.in.PeriodicReport;

/** Writes a periodic report in one format. */
public interface ReportRenderer {

  /** The report's text; the same report always gives the same text. */
  String render(PeriodicReport report);
}
