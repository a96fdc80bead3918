package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.civitas.application.Civitas;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.GetPeriodicReportQuery;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.report.ReportFormat;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.ReportingPeriod;

/**
 * The progress report of a month, a quarter, a semester or a year, below one unit or every root,
 * written in Markdown, HTML or CSV as the application's renderers write it.
 */
final class ReportEndpoints {

  private final Civitas civitas;

  ReportEndpoints(Civitas civitas) {
    this.civitas = civitas;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(Route.read("/api/v1/reports", this::report));
  }

  private Answer report(Context ctx) {
    ReportingPeriod period =
        Requests.query(ctx, "period")
            .map(
                raw ->
                    ReportingPeriod.tryParse(raw)
                        .orElseThrow(
                            () ->
                                Problem.invalidParameter(
                                    "period",
                                    "period '"
                                        + raw
                                        + "' is not a reporting period: "
                                        + ReportingPeriod.FORMS)))
            .orElseThrow(
                () ->
                    Problem.invalidParameter(
                        "period", "give the period: " + ReportingPeriod.FORMS));
    Optional<UnitId> unit = Requests.queryId(ctx, "unit", UnknownId.Kind.UNIT, UnitId::of);
    ReportFormat format =
        Requests.coded(ctx, "format", ReportFormat::fromCode, "md, html or csv")
            .orElse(ReportFormat.MD);
    PeriodicReport report =
        civitas.getPeriodicReport().report(new GetPeriodicReportQuery(period, unit));
    String text = format.renderer().render(report);
    return Answer.bytes(text.getBytes(StandardCharsets.UTF_8), type(format));
  }

  private static String type(ReportFormat format) {
    return switch (format) {
      case MD -> "text/markdown; charset=utf-8";
      case HTML -> "text/html; charset=utf-8";
      case CSV -> "text/csv; charset=utf-8; header=present";
    };
  }
}
