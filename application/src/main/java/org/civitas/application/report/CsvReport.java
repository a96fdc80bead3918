package org.civitas.application.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.civitas.application.csv.Csv;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.port.in.PeriodicReport.ActivityReport;
import org.civitas.application.port.in.PeriodicReport.CommitmentReport;
import org.civitas.application.port.in.PeriodicReport.IndicatorMeasurement;

/**
 * A periodic report as one CSV table for spreadsheets: a row per activity of each commitment, then
 * a row per measurement dated in the period ({@code item} says which), each repeating the period
 * and its commitment's figures so that any row can be read, filtered or pasted alone. A commitment
 * with neither has one row with an empty {@code item}. Figures are plain numbers with one decimal,
 * empty where there is none; the roll-up by unit is in the Markdown and HTML forms. Described in
 * docs/periodic-reports.md.
 */
public final class CsvReport implements ReportRenderer {

  static final ImmutableList<String> HEADER =
      ImmutableList.of(
          "period",
          "opening",
          "closing",
          "lead",
          "commitment",
          "commitment_title",
          "commitment_progress_opening",
          "commitment_progress_closing",
          "commitment_state",
          "item",
          "id",
          "title",
          "start",
          "end",
          "status_opening",
          "progress_opening",
          "status_closing",
          "progress_closing",
          "state",
          "reports",
          "completed_in_period",
          "date",
          "value",
          "unit");

  @Override
  public String render(PeriodicReport report) {
    StringBuilder out = new StringBuilder(Csv.row(HEADER));
    for (CommitmentReport commitment : report.commitments()) {
      List<String> common =
          List.of(
              report.period().toString(),
              report.opening().toString(),
              report.closing().toString(),
              commitment.lead().value(),
              commitment.id().value(),
              commitment.title().text(),
              Wording.percent(commitment.progressAtOpening()),
              Wording.percent(commitment.progressAtClosing()),
              commitment.stateAtClosing().map(s -> s.code()).orElse(""));
      for (ActivityReport activity : commitment.activities()) {
        out.append(Csv.row(join(common, activity(activity))));
      }
      for (IndicatorMeasurement measurement : commitment.measurements()) {
        out.append(Csv.row(join(common, measurement(measurement))));
      }
      if (commitment.activities().isEmpty() && commitment.measurements().isEmpty()) {
        out.append(Csv.row(join(common, blank(HEADER.size() - common.size()))));
      }
    }
    return out.toString();
  }

  private static List<String> activity(ActivityReport activity) {
    return List.of(
        "activity",
        activity.atClosing().id().value(),
        activity.atClosing().title().text(),
        activity.atClosing().period().start().map(Object::toString).orElse(""),
        activity.atClosing().period().end().map(Object::toString).orElse(""),
        activity.atOpening().status().code(),
        Wording.percent(OptionalDouble.of(activity.atOpening().progress())),
        activity.atClosing().status().code(),
        Wording.percent(OptionalDouble.of(activity.atClosing().progress())),
        activity.stateAtClosing().code(),
        Integer.toString(activity.reports()),
        Boolean.toString(activity.completedInPeriod()),
        "",
        "",
        "");
  }

  private static List<String> measurement(IndicatorMeasurement measurement) {
    List<String> fields = new ArrayList<>();
    fields.add("measurement");
    fields.add(measurement.indicator().value());
    fields.add(measurement.name().text());
    fields.addAll(blank(9));
    fields.add(measurement.measurement().date().toString());
    fields.add(Wording.number(measurement.measurement().value()));
    fields.add(measurement.unit().orElse(""));
    return fields;
  }

  private static List<String> blank(int n) {
    return java.util.Collections.nCopies(n, "");
  }

  private static List<String> join(List<String> first, List<String> rest) {
    List<String> row = new ArrayList<>(first);
    row.addAll(rest);
    return row;
  }
}
