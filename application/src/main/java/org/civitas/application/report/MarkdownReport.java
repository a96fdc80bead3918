package org.civitas.application.report;

import java.util.List;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.port.in.PeriodicReport.ActivityReport;
import org.civitas.application.port.in.PeriodicReport.CommitmentReport;
import org.civitas.application.port.in.PeriodicReport.IndicatorMeasurement;
import org.civitas.application.port.in.PeriodicReport.UnitReport;

/**
 * A periodic report in Markdown: the roll-up unit by unit in one table, then a section per
 * commitment with its activities, what happened to them in the period, and its measurements. Text
 * from the record is escaped so that no title can open a link or break a table.
 */
public final class MarkdownReport implements ReportRenderer {

  @Override
  public String render(PeriodicReport report) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Wording.title(report)).append("\n\n");
    out.append(Wording.when(report)).append("\n\n");
    if (report.units().isEmpty()) {
      out.append("No commitment is led here.\n");
      return out.toString();
    }
    out.append("## Units\n\n")
        .append(
            "| Unit | Commitments | Mean progress at the opening | At the close | States at the close |\n")
        .append("|---|--:|--:|--:|---|\n");
    for (UnitReport unit : report.units()) {
      // Non-breaking spaces: Markdown tables drop ordinary leading ones.
      row(
          out,
          "\u00a0\u00a0".repeat(unit.depth()) + escape(unit.unit().label()),
          Integer.toString(unit.rollUp().commitments()),
          Wording.percentOrNone(unit.meanProgressAtOpening()),
          Wording.percentOrNone(unit.rollUp().meanProgress()),
          Wording.states(unit.rollUp()));
    }
    out.append("\n## Commitments\n");
    for (UnitReport unit : report.units()) {
      for (CommitmentReport commitment : unit.commitments()) {
        commitment(out, unit, commitment);
      }
    }
    return out.toString();
  }

  private static void commitment(StringBuilder out, UnitReport unit, CommitmentReport commitment) {
    out.append("\n### ")
        .append(commitment.id())
        .append(" — ")
        .append(escape(commitment.title().text()))
        .append("\n\n")
        .append("Led by ")
        .append(escape(unit.unit().label()))
        .append(". Progress ")
        .append(Wording.percentOrNone(commitment.progressAtOpening()))
        .append(" at the opening, ")
        .append(Wording.percentOrNone(commitment.progressAtClosing()))
        .append(" at the close; ")
        .append(Wording.state(commitment.stateAtClosing()))
        .append(" at the close.\n\n");
    if (!commitment.activities().isEmpty()) {
      out.append(
              "| Activity | Dates | At the opening | At the close | Reports | State at the close |\n")
          .append("|---|---|---|---|--:|---|\n");
      for (ActivityReport activity : commitment.activities()) {
        row(
            out,
            activity.atClosing().id() + " — " + escape(activity.atClosing().title().text()),
            activity.atClosing().period().toString(),
            Wording.reported(activity.atOpening()),
            Wording.reported(activity.atClosing()),
            Integer.toString(activity.reports()),
            activity.stateAtClosing().code());
      }
      out.append('\n');
    }
    Wording.events(commitment).forEach(line -> out.append("- ").append(line).append('\n'));
    out.append('\n');
    if (commitment.measurements().isEmpty()) {
      out.append("Measurements dated in the period: none.\n");
      return;
    }
    out.append("Measurements dated in the period:\n\n")
        .append("| Indicator | Date | Value |\n")
        .append("|---|---|--:|\n");
    for (IndicatorMeasurement measurement : commitment.measurements()) {
      row(
          out,
          measurement.indicator() + " — " + escape(measurement.name().text()),
          measurement.measurement().date().toString(),
          escape(Wording.value(measurement)));
    }
  }

  private static void row(StringBuilder out, String... cells) {
    out.append("| ").append(String.join(" | ", List.of(cells))).append(" |\n");
  }

  /**
   * Text from the record as Markdown shows it literally: its punctuation that Markdown reads as
   * markup backslashed, its line breaks made spaces so it stays in its table cell or heading.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.replaceAll("\\R", " ").toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
