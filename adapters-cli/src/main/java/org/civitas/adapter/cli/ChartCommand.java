package org.civitas.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civitas.application.port.in.ChartFormat;
import org.civitas.application.port.in.DrawChartQuery;
import org.civitas.domain.organization.UnitId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code civitas chart UNIT}: the org chart of a unit and everything below it. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "The org chart of a unit and every unit below it, on a day.",
    description = {
      "svg gives a picture a browser shows as it is; dot gives Graphviz source (dot -Tpng); mermaid gives source that documentation sites and code forges draw in place. The chart is drawn from the structure in force on the day, so it is never older than the data.",
      "The format is --format, else the one -o's extension names (.svg, .dot, .gv, .mmd), else svg."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or the unit is unknown or did not exist that day",
      "2:usage or I/O error"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  civitas chart masspf -o masspf.svg",
      "  civitas chart das --format mermaid --data examples/maroc-agadir-das.yaml"
    })
final class ChartCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "UNIT", description = "The id of the unit at the top of the chart.")
  private String unit = "";

  @Option(
      names = "--format",
      paramLabel = "svg|dot|mermaid",
      converter = FormatCode.class,
      description = "svg, dot or mermaid; by default the one -o's extension names, else svg.")
  private @Nullable ChartFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write; standard output when not given.")
  private @Nullable Path output;

  @Mixin private DataOption data;
  @Mixin private AsOfOption asOf;

  ChartCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    DrawChartQuery query = new DrawChartQuery(UnitId.of(unit), asOf.date(), chosen());
    String chart;
    try (Session session = data.open(wiring)) {
      chart = session.civitas().drawChart().draw(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    Output.write(Optional.ofNullable(output), out, w -> w.write(chart));
    if (output != null) {
      out.println(
          style.green("drew")
              + " the chart of "
              + unit
              + " as "
              + query.format().code()
              + " in "
              + output);
    }
    return 0;
  }

  private ChartFormat chosen() {
    if (format != null) {
      return format;
    }
    String name = Optional.ofNullable(output).map(o -> o.getFileName().toString()).orElse("");
    if (name.endsWith(".dot") || name.endsWith(".gv")) {
      return ChartFormat.DOT;
    }
    if (name.endsWith(".mmd") || name.endsWith(".mermaid")) {
      return ChartFormat.MERMAID;
    }
    return ChartFormat.SVG;
  }

  /** Reads {@code svg}, {@code dot} or {@code mermaid}. */
  static final class FormatCode implements ITypeConverter<ChartFormat> {
    @Override
    public ChartFormat convert(String value) {
      return ChartFormat.fromCode(value.toLowerCase(java.util.Locale.ROOT))
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not a chart format: give svg, dot or mermaid"));
    }
  }
}
