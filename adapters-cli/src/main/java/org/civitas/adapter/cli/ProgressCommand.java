package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.GetProgressQuery;
import org.civitas.application.port.in.ProgressReport;
import org.civitas.application.port.in.ProgressReport.UnitProgress;
import org.civitas.domain.organization.UnitId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas progress [UNIT]}: commitments' progress and states, rolled up unit by unit. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Commitments' progress and schedule states, rolled up unit by unit.",
    description = {
      "Walks the hierarchy in force on the day. For each unit: the roll-up of its whole subtree (Σ: the mean progress of the commitments, then how many stand in each schedule state, worst first), then each commitment it leads itself (•) with its progress and schedule state.",
      "",
      "A commitment counts under the unit that leads it that day: after a merge, a split or a dissolution, the unit its lead passed to. One whose lead a restructuring handed to no unit is listed last, apart, with the unit that ended."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or the unit is unknown or did not exist that day",
      "2:usage or I/O error"
    })
final class ProgressCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "UNIT",
      arity = "0..1",
      description = "The id of the unit whose subtree to report; every root unit when not given.")
  private @Nullable String unit;

  @Mixin private DataOption data;
  @Mixin private AsOfOption asOf;
  @Mixin private FormatOption format;

  ProgressCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    GetProgressQuery query =
        new GetProgressQuery(Optional.ofNullable(unit).map(UnitId::of), asOf.date());
    ProgressReport report;
    try (Session session = data.open(wiring)) {
      report = session.civitas().getProgress().progress(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(report)));
    } else {
      text(report, out);
    }
    return 0;
  }

  private void text(ProgressReport report, PrintWriter out) {
    out.println(style.bold("Progress on " + report.asOf()));
    out.println();
    for (UnitProgress row : report.units()) {
      String indent = "  ".repeat(row.depth());
      if (row.rollUp().commitments() == 0) {
        out.println(indent + style.unit(row.unit(), report.asOf()) + style.dim(" · no commitment"));
        continue;
      }
      out.println(indent + style.unit(row.unit(), report.asOf()));
      out.println(indent + "  Σ " + Figures.rollUp(row.rollUp(), style));
      for (CommitmentSummary commitment : row.commitments()) {
        out.println(indent + "  • " + Figures.commitment(commitment, style));
      }
    }
    if (!report.orphaned().isEmpty()) {
      out.println();
      out.println(style.bold("Orphaned: led by a unit that ended, taken over by none"));
      for (CommitmentSummary commitment : report.orphaned()) {
        out.println(
            "  • " + Figures.commitment(commitment, style) + style.dim(" · " + commitment.lead()));
      }
    }
  }

  private static ObjectNode json(ProgressReport report) {
    ObjectNode document = Json.object().put("asOf", report.asOf().toString());
    ArrayNode units = document.putArray("units");
    for (UnitProgress row : report.units()) {
      ObjectNode node = units.addObject();
      node.set("unit", Json.unit(row.unit(), report.asOf()));
      node.put("depth", row.depth());
      node.set("rollUp", Json.rollUp(row.rollUp()));
      ArrayNode commitments = node.putArray("commitments");
      row.commitments().forEach(c -> commitments.add(Json.commitment(c)));
    }
    ArrayNode orphaned = document.putArray("orphaned");
    report.orphaned().forEach(c -> orphaned.add(Json.commitment(c)));
    return document;
  }
}
