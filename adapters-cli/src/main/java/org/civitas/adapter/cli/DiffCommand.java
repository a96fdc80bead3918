package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civitas.application.port.in.DiffStructureQuery;
import org.civitas.application.port.in.NamedUnit;
import org.civitas.application.port.in.StructureDiffView;
import org.civitas.application.port.in.StructureDiffView.Change;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.UnitId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code civitas diff --from DATE --to DATE}: what changed in the structure between two days. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "What changed in the structure between two days, one change a line.",
    description = {
      "Lists the units created, dissolved, renamed, moved, merged and split after the first day, up to the second included, each on the day it took effect, with the legal basis the record gives. With --unit, only the changes in that unit's subtree."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or the unit is unknown",
      "2:usage or I/O error, or --from after --to"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  civitas diff --from 2019-01-01 --to 2022-01-01 --data examples/maroc-upe.yaml",
      "  civitas diff --from 2024-01-01 --to 2026-11-22 --unit dgas"
    })
final class DiffCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      required = true,
      converter = AsOfOption.Day.class,
      description = "The first day, YYYY-MM-DD: its structure is the one compared.")
  private @Nullable LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      required = true,
      converter = AsOfOption.Day.class,
      description = "The second day, YYYY-MM-DD, not before the first; its changes are included.")
  private @Nullable LocalDate to;

  @Option(
      names = "--unit",
      paramLabel = "ID",
      description = "Only the changes in this unit's subtree; every unit when not given.")
  private @Nullable String unit;

  @Mixin private DataOption data;
  @Mixin private FormatOption format;

  DiffCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    DiffStructureQuery query =
        new DiffStructureQuery(from, to, Optional.ofNullable(unit).map(UnitId::of));
    StructureDiffView diff;
    try (Session session = data.open(wiring)) {
      diff = session.civitas().diffStructure().diff(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(diff)));
    } else {
      out.println(
          style.bold(
              "Changes from "
                  + diff.from()
                  + " to "
                  + diff.to()
                  + diff.unit().map(u -> " below " + u).orElse("")));
      diff.changes().forEach(change -> out.println(line(change)));
      out.println(style.dim(Text.count(diff.changes().size(), "change", "changes")));
    }
    return 0;
  }

  /** {@code 2019-10-09 renamed Old name → New name (msisf) · basis · note}. */
  private String line(Change change) {
    return change.date()
        + "  "
        + Text.pad(change.kind().code(), 9, false)
        + "  "
        + what(change)
        + change.restructuring().map(r -> Restructurings.grounds(r, style)).orElse("");
  }

  private String what(Change change) {
    String units = labels(change.units());
    return switch (change.kind()) {
      case RENAMED ->
          name(change.nameBefore())
              + " → "
              + name(change.nameAfter())
              + " "
              + style.dim("(" + ids(change.units()) + ")");
      case MOVED ->
          units + ": from " + parent(change.parentBefore()) + " to " + parent(change.parentAfter());
      case CREATED -> units + change.parentAfter().map(p -> ", under " + label(p)).orElse("");
      case DISSOLVED ->
          units
              + (change.successors().isEmpty()
                  ? ""
                  : ", succeeded by " + labels(change.successors()));
      case MERGED, SPLIT -> units + " into " + labels(change.successors());
    };
  }

  private String name(Optional<DatedName> name) {
    return name.map(style::name).orElse(Text.NONE);
  }

  private String parent(Optional<NamedUnit> parent) {
    return parent.map(this::label).orElse("no parent");
  }

  private String label(NamedUnit unit) {
    return Restructurings.label(unit, style);
  }

  private String labels(List<NamedUnit> units) {
    return units.stream().map(this::label).collect(Collectors.joining(", "));
  }

  private static String ids(List<NamedUnit> units) {
    return units.stream().map(u -> u.id().value()).collect(Collectors.joining(", "));
  }

  private static ObjectNode json(StructureDiffView diff) {
    ObjectNode document =
        Json.object().put("from", diff.from().toString()).put("to", diff.to().toString());
    Json.put(document, "unit", diff.unit());
    ArrayNode changes = document.putArray("changes");
    for (Change change : diff.changes()) {
      ObjectNode node =
          changes
              .addObject()
              .put("type", change.kind().code())
              .put("date", change.date().toString());
      node.set("units", units(change.units()));
      node.set("successors", units(change.successors()));
      nameOrNull(node, "nameBefore", change.nameBefore());
      nameOrNull(node, "nameAfter", change.nameAfter());
      unitOrNull(node, "parentBefore", change.parentBefore());
      unitOrNull(node, "parentAfter", change.parentAfter());
      node.set("restructuring", Json.restructuring(change.restructuring()));
    }
    return document;
  }

  private static ArrayNode units(List<NamedUnit> units) {
    ArrayNode array = Json.array();
    units.forEach(u -> array.add(Json.unit(u)));
    return array;
  }

  private static void nameOrNull(ObjectNode node, String field, Optional<DatedName> name) {
    if (name.isPresent()) {
      node.set(field, Json.name(name.get()));
    } else {
      node.putNull(field);
    }
  }

  private static void unitOrNull(ObjectNode node, String field, Optional<NamedUnit> unit) {
    if (unit.isPresent()) {
      node.set(field, Json.unit(unit.get()));
    } else {
      node.putNull(field);
    }
  }
}
