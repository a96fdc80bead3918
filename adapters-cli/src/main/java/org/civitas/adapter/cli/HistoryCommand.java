package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.civitas.application.port.in.ShowUnitHistoryQuery;
import org.civitas.application.port.in.UnitHistoryView;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.restructuring.UnitHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas history UNIT}: what became of a unit over time. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "A unit's lineage: its names, its parents, the units it succeeded and its successors.",
    description = {
      "Gives each name the unit bore and each parent it sat under, with their days and the restructuring that gave them (rename, move), then the units whose work it carries on and those that carry on its own, each with the restructuring (merge, split, dissolve), its date and its legal basis."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or no unit has that id",
      "2:usage or I/O error"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  civitas history msisf --data examples/maroc-strategie-4-4.yaml --data examples/maroc-upe.yaml"
    })
final class HistoryCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "UNIT", description = "The unit's id, e.g. msisf.")
  private String unit = "";

  @Mixin private DataOption data;
  @Mixin private FormatOption format;

  HistoryCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    ShowUnitHistoryQuery query = new ShowUnitHistoryQuery(UnitId.of(unit));
    UnitHistoryView history;
    try (Session session = data.open(wiring)) {
      history = session.civitas().showUnitHistory().history(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(history)));
    } else {
      text(history, out);
    }
    return 0;
  }

  private void text(UnitHistoryView history, PrintWriter out) {
    OrgUnit unit = history.unit();
    out.println(style.unit(unit));
    Sections.field(out, "id", unit.id().value());
    Sections.field(out, "kind", unit.kind().code());
    Sections.field(out, "lifetime", Text.period(unit.lifetime()));
    history
        .endedBy()
        .ifPresent(ending -> Sections.field(out, "ended by", Restructurings.event(ending, style)));

    Sections.heading(out, "Names", style);
    int width = widest(history.names().stream().map(n -> Text.period(n.name().period())).toList());
    Sections.list(out, history.names(), name -> name(name, width), style);

    Sections.heading(out, "Parents", style);
    if (history.parents().isEmpty()) {
      out.println("  " + style.dim("none (a root)"));
    }
    int parentWidth =
        widest(history.parents().stream().map(p -> Text.period(p.link().period())).toList());
    history.parents().forEach(parent -> out.println("  " + parent(parent, parentWidth)));

    Sections.heading(out, "Predecessors", style);
    Sections.list(out, history.predecessors(), this::lineage, style);

    Sections.heading(out, "Successors", style);
    Sections.list(out, history.successors(), this::lineage, style);
  }

  /** {@code 2019-10-09 – 2021-10-06 Name · rename 2019-10-09 · note}. */
  private String name(UnitHistory.Name name, int width) {
    return Text.pad(Text.period(name.name().period()), width, false)
        + "  "
        + style.name(name.name())
        + name.givenBy()
            .map(rename -> style.dim(" · ") + Restructurings.event(rename, style))
            .orElse("");
  }

  private String parent(UnitHistoryView.Parent parent, int width) {
    return Text.pad(Text.period(parent.link().period()), width, false)
        + "  "
        + Restructurings.label(parent.parent(), style)
        + parent
            .madeBy()
            .map(move -> style.dim(" · ") + Restructurings.event(move, style))
            .orElse("");
  }

  /** {@code 2025-01-01 merge Name (id) · Décret n° …}. */
  private String lineage(UnitHistoryView.Lineage lineage) {
    Restructuring restructuring = lineage.restructuring();
    return lineage.date()
        + "  "
        + Text.pad(restructuring.type(), 8, false)
        + " "
        + Restructurings.label(lineage.unit(), style)
        + Restructurings.grounds(restructuring, style);
  }

  private static int widest(List<String> texts) {
    return texts.stream().mapToInt(t -> t.codePointCount(0, t.length())).max().orElse(0);
  }

  private static ObjectNode json(UnitHistoryView history) {
    OrgUnit unit = history.unit();
    ObjectNode document = Json.unit(unit);
    document.set("lifetime", Json.period(unit.lifetime()));
    ArrayNode names = document.putArray("names");
    for (UnitHistory.Name name : history.names()) {
      ObjectNode node = Json.name(name.name());
      node.set("period", Json.period(name.name().period()));
      node.set("restructuring", Json.restructuring(name.givenBy()));
      names.add(node);
    }
    ArrayNode parents = document.putArray("parents");
    for (UnitHistoryView.Parent parent : history.parents()) {
      ObjectNode node = Json.object();
      node.set("parent", Json.unit(parent.parent()));
      node.set("period", Json.period(parent.link().period()));
      node.set("restructuring", Json.restructuring(parent.madeBy()));
      parents.add(node);
    }
    document.set("predecessors", lineage(history.predecessors()));
    document.set("successors", lineage(history.successors()));
    document.set("endedBy", Json.restructuring(history.endedBy()));
    ArrayNode restructurings = document.putArray("restructurings");
    history.restructurings().forEach(r -> restructurings.add(Json.restructuring(r)));
    return document;
  }

  private static ArrayNode lineage(List<UnitHistoryView.Lineage> lineages) {
    ArrayNode array = Json.array();
    for (UnitHistoryView.Lineage lineage : lineages) {
      ObjectNode node = Json.object();
      node.set("unit", Json.unit(lineage.unit()));
      node.put("date", lineage.date().toString());
      node.set("restructuring", Json.restructuring(lineage.restructuring()));
      array.add(node);
    }
    return array;
  }
}
