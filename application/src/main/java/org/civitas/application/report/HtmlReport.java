package org.civitas.application.report;

import org.civitas.application.chart.Xml;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.port.in.PeriodicReport.ActivityReport;
import org.civitas.application.port.in.PeriodicReport.CommitmentReport;
import org.civitas.application.port.in.PeriodicReport.IndicatorMeasurement;
import org.civitas.application.port.in.PeriodicReport.UnitReport;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.text.LocalizedText;

/**
 * A periodic report as one HTML page that prints on A4: the roll-up unit by unit, then each
 * commitment in a section of its own that starts a page and is not split when it fits on one. The
 * page holds its style and nothing else from outside, so it prints the same anywhere, offline. Its
 * own words are English; each text from the record is marked with its language. It is also
 * well-formed XML, so any XML tool can read it.
 */
public final class HtmlReport implements ReportRenderer {

  private static final String STYLE =
      """
      @page { size: A4; margin: 16mm 14mm; }
      body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1f2933; \
      margin: 0; }
      h1 { font-size: 18pt; color: #1d3557; margin: 0 0 4pt; }
      h2 { font-size: 13pt; color: #1d3557; margin: 14pt 0 4pt; }
      p.when { color: #52606d; }
      table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
      th, td { border-bottom: 1px solid #c8d1dc; padding: 3pt 4pt; text-align: left; \
      vertical-align: top; }
      th { background: #e3ecf6; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      td.number, th.number { text-align: right; white-space: nowrap; }
      td.nowrap { white-space: nowrap; }
      section.commitment { break-before: page; page-break-before: always; \
      break-inside: avoid; page-break-inside: avoid; }
      .overdue { color: #b42318; font-weight: bold; }
      .behind { color: #b54708; font-weight: bold; }
      .completed { color: #027a48; }
      ul.events { padding-left: 14pt; }
      """;

  @Override
  public String render(PeriodicReport report) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>")
        .append(Xml.escape(Wording.title(report)))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Xml.escape(Wording.title(report)))
        .append("</h1>\n<p class=\"when\">")
        .append(Xml.escape(Wording.when(report)))
        .append("</p>\n</header>\n");
    if (report.units().isEmpty()) {
      out.append("<p>No commitment is led here.</p>\n");
    } else {
      units(out, report);
      for (UnitReport unit : report.units()) {
        for (CommitmentReport commitment : unit.commitments()) {
          commitment(out, unit.unit(), commitment);
        }
      }
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static void units(StringBuilder out, PeriodicReport report) {
    out.append("<section class=\"units\">\n<h2>Units</h2>\n<table>\n<thead><tr>")
        .append("<th>Unit</th><th class=\"number\">Commitments</th>")
        .append("<th class=\"number\">Mean progress at the opening</th>")
        .append("<th class=\"number\">At the close</th><th>States at the close</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (UnitReport unit : report.units()) {
      out.append("<tr><td style=\"padding-left: ")
          .append(4 + 12 * unit.depth())
          .append("pt\">")
          .append(unit(unit.unit()))
          .append("</td><td class=\"number\">")
          .append(unit.rollUp().commitments())
          .append("</td><td class=\"number\">")
          .append(Wording.percentOrNone(unit.meanProgressAtOpening()))
          .append("</td><td class=\"number\">")
          .append(Wording.percentOrNone(unit.rollUp().meanProgress()))
          .append("</td><td>")
          .append(Wording.states(unit.rollUp()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void commitment(StringBuilder out, OrgUnit lead, CommitmentReport commitment) {
    out.append("<section class=\"commitment\" id=\"commitment-")
        .append(commitment.id())
        .append("\">\n<h2>")
        .append(commitment.id())
        .append(" — ")
        .append(text(commitment.title()))
        .append("</h2>\n<p>Led by ")
        .append(unit(lead))
        .append(". Progress <strong>")
        .append(Wording.percentOrNone(commitment.progressAtOpening()))
        .append("</strong> at the opening, <strong>")
        .append(Wording.percentOrNone(commitment.progressAtClosing()))
        .append("</strong> at the close; ")
        .append(commitment.stateAtClosing().map(HtmlReport::state).orElse(Wording.NONE))
        .append(" at the close.</p>\n");
    if (!commitment.activities().isEmpty()) {
      out.append("<table>\n<thead><tr><th>Activity</th><th>Dates</th><th>At the opening</th>")
          .append("<th>At the close</th><th class=\"number\">Reports</th>")
          .append("<th>State at the close</th></tr></thead>\n<tbody>\n");
      for (ActivityReport activity : commitment.activities()) {
        out.append("<tr><td>")
            .append(activity.atClosing().id())
            .append(" — ")
            .append(text(activity.atClosing().title()))
            .append("</td><td class=\"nowrap\">")
            .append(Xml.escape(activity.atClosing().period().toString()))
            .append("</td><td class=\"nowrap\">")
            .append(Wording.reported(activity.atOpening()))
            .append("</td><td class=\"nowrap\">")
            .append(Wording.reported(activity.atClosing()))
            .append("</td><td class=\"number\">")
            .append(activity.reports())
            .append("</td><td class=\"nowrap\">")
            .append(state(activity.stateAtClosing()))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("<ul class=\"events\">\n");
    Wording.events(commitment)
        .forEach(line -> out.append("<li>").append(Xml.escape(line)).append("</li>\n"));
    out.append("</ul>\n");
    measurements(out, commitment);
    out.append("</section>\n");
  }

  private static void measurements(StringBuilder out, CommitmentReport commitment) {
    if (commitment.measurements().isEmpty()) {
      out.append("<p>Measurements dated in the period: none.</p>\n");
      return;
    }
    out.append("<p>Measurements dated in the period:</p>\n<table>\n<thead><tr>")
        .append("<th>Indicator</th><th>Date</th><th class=\"number\">Value</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (IndicatorMeasurement measurement : commitment.measurements()) {
      out.append("<tr><td>")
          .append(measurement.indicator())
          .append(" — ")
          .append(text(measurement.name()))
          .append("</td><td class=\"nowrap\">")
          .append(measurement.measurement().date())
          .append("</td><td class=\"number\">")
          .append(Xml.escape(Wording.value(measurement)))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** A text from the record, escaped, in an element that says its language. */
  private static String text(LocalizedText text) {
    return "<span lang=\""
        + Xml.escape(text.language())
        + "\">"
        + Xml.escape(text.text())
        + "</span>";
  }

  private static String unit(OrgUnit unit) {
    return "<span lang=\""
        + Xml.escape(unit.name().language())
        + "\">"
        + Xml.escape(unit.label())
        + "</span>";
  }

  /** A schedule state, coloured when it calls for attention. */
  private static String state(ScheduleState state) {
    return "<span class=\"" + state.code() + "\">" + state.code() + "</span>";
  }
}
