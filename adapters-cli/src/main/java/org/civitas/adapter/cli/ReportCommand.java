package org.civitas.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civitas.application.port.in.GetPeriodicReportQuery;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.report.ReportFormat;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.ReportingPeriod;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code civitas report --period 2025-S2}: the progress report of a month, quarter or year. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "The progress report of a month, a quarter, a semester or a year.",
    description = {
      "For each commitment led by the unit's subtree (every commitment without --unit): its progress at the opening of the period (the record at the end of its eve) and at its close (at the end of its last day, or today while it runs), the activities completed within it, those overdue or behind at its close, and the indicators' measurements dated within it; rolled up unit by unit.",
      "Past figures are replayed from the progress reports in the audit log: an activity on a day has what its last report made by then left, else what its first later report found, else what the record holds. The last import is where the history starts.",
      "md gives Markdown, html a page that prints on A4 (a commitment a page), csv one row per activity and per measurement. The format is --format, else the one -o's extension names, else md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or the unit is unknown or did not exist at the period's close",
      "2:usage or I/O error (a period not written YYYY, YYYY-Sn, YYYY-Qn or YYYY-Mmm, or not begun yet)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  civitas report --period 2025-S2 --data examples/maroc-upe.yaml",
      "  civitas report --period 2026-Q1 --unit dgpe -o dgpe-2026-Q1.html",
      "  civitas report --period 2025 --format csv -o report-2025.csv"
    })
final class ReportCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      converter = PeriodText.class,
      description =
          "The period: a year (2025), a semester (2025-S2), a quarter (2025-Q3) or a month"
              + " (2025-M07).")
  private @Nullable ReportingPeriod period;

  @Option(
      names = "--unit",
      paramLabel = "ID",
      description = "The unit whose subtree's commitments to report; every root when not given.")
  private @Nullable String unit;

  @Option(
      names = "--format",
      paramLabel = "md|html|csv",
      converter = FormatCode.class,
      description = "md, html or csv; by default the one -o's extension names, else md.")
  private @Nullable ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write; standard output when not given.")
  private @Nullable Path output;

  @Mixin private DataOption data;

  ReportCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    GetPeriodicReportQuery query =
        new GetPeriodicReportQuery(period, Optional.ofNullable(unit).map(UnitId::of));
    PeriodicReport report;
    try (Session session = data.open(wiring)) {
      report = session.civitas().getPeriodicReport().report(query);
    }
    ReportFormat chosen = chosen();
    String text = chosen.renderer().render(report);
    PrintWriter out = spec.commandLine().getOut();
    Output.write(Optional.ofNullable(output), out, w -> w.write(text));
    if (output != null) {
      out.println(
          style.green("wrote")
              + " the report of "
              + report.period()
              + " on "
              + report.commitments().size()
              + (report.commitments().size() == 1 ? " commitment" : " commitments")
              + " as "
              + chosen.code()
              + " in "
              + output);
    }
    return 0;
  }

  private ReportFormat chosen() {
    if (format != null) {
      return format;
    }
    String name =
        Optional.ofNullable(output)
            .map(o -> o.getFileName().toString().toLowerCase(Locale.ROOT))
            .orElse("");
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return ReportFormat.HTML;
    }
    if (name.endsWith(".csv")) {
      return ReportFormat.CSV;
    }
    return ReportFormat.MD;
  }

  /** Reads {@code 2025}, {@code 2025-S2}, {@code 2025-Q3} or {@code 2025-M07}. */
  static final class PeriodText implements ITypeConverter<ReportingPeriod> {
    @Override
    public ReportingPeriod convert(String value) {
      try {
        return ReportingPeriod.parse(value);
      } catch (InvariantViolation e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code md}, {@code html} or {@code csv}. */
  static final class FormatCode implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.fromCode(value.toLowerCase(Locale.ROOT))
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not a report format: give md, html or csv"));
    }
  }
}
