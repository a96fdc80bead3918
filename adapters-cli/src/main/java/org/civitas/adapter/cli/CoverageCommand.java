package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civitas.application.port.in.CoverageView;
import org.civitas.application.port.in.GetCoverageQuery;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.Coverage.ActionOwnership;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.StrategyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas coverage STRATEGY}: who owns each action, and which actions nobody owns. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Each action of a strategy with its owners, and the actions nobody owns.",
    description = {
      "Lists every action under its axis and objective with the units that own it that day (after a merge, a split or a dissolution, the units that took it over), then how many actions have no owner, and which."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or no strategy has that id",
      "2:usage or I/O error"
    })
final class CoverageCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "STRATEGY", description = "The strategy's id, e.g. pole-social-4-4.")
  private String strategy = "";

  @Mixin private DataOption data;
  @Mixin private AsOfOption asOf;
  @Mixin private FormatOption format;

  CoverageCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    GetCoverageQuery query = new GetCoverageQuery(StrategyId.of(strategy), asOf.date());
    CoverageView view;
    try (Session session = data.open(wiring)) {
      view = session.civitas().getCoverage().coverage(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(view)));
    } else {
      text(view, out);
    }
    return 0;
  }

  private void text(CoverageView view, PrintWriter out) {
    int actions = view.coverage().actions().size();
    int unowned = view.coverage().unowned().size();
    out.println(
        style.bold("Coverage of " + view.strategy().id()) + " — " + view.strategy().title().text());
    out.println(
        Text.count(actions, "action", "actions")
            + ": "
            + (actions - unowned)
            + " owned, "
            + unowned
            + " unowned");
    Axis axis = null;
    Objective objective = null;
    for (ActionOwnership row : view.coverage().actions()) {
      if (!row.axis().equals(axis)) {
        axis = row.axis();
        out.println();
        out.println(StrategyText.axis(axis, style));
      }
      if (!row.objective().equals(objective)) {
        objective = row.objective();
        out.println("  " + StrategyText.objective(objective, style));
      }
      out.println("    " + StrategyText.action(row.action(), style) + "  " + owners(row, view));
    }
    out.println();
    if (unowned == 0) {
      out.println(style.green("Every action has an owner."));
      return;
    }
    out.println(style.yellow(style.bold("Unowned actions: " + unowned + " of " + actions)));
    for (ActionOwnership row : view.coverage().unowned()) {
      out.println(
          "  "
              + StrategyText.action(row.action(), style)
              + "  "
              + style.dim("(" + row.axis().id() + " › " + row.objective().id() + ")"));
    }
  }

  private String owners(ActionOwnership row, CoverageView view) {
    if (!row.isOwned()) {
      return style.yellow("→ unowned");
    }
    return "→ " + row.owners().stream().map(o -> owner(o, view)).collect(Collectors.joining(", "));
  }

  private String owner(UnitId id, CoverageView view) {
    OrgUnit unit = view.owners().get(id);
    String name =
        unit == null ? id.value() : unit.acronym().map(style::bold).orElse(unit.name().text());
    return name + " " + style.dim("(" + id + ")");
  }

  private static ObjectNode json(CoverageView view) {
    ObjectNode document = Json.object();
    document
        .putObject("strategy")
        .put("id", view.strategy().id().value())
        .put("title", view.strategy().title().text());
    document.put("asOf", view.asOf().toString());
    int actions = view.coverage().actions().size();
    int unowned = view.coverage().unowned().size();
    document
        .putObject("counts")
        .put("actions", actions)
        .put("owned", actions - unowned)
        .put("unowned", unowned);
    ArrayNode rows = document.putArray("actions");
    for (ActionOwnership row : view.coverage().actions()) {
      ObjectNode node =
          rows.addObject()
              .put("id", row.action().id().value())
              .put("text", row.action().text().text());
      node.set("axis", StrategyText.json(row.axis()));
      node.set("objective", StrategyText.json(row.objective()));
      ArrayNode owners = node.putArray("owners");
      row.owners()
          .forEach(id -> owners.add(Json.unit(id, Optional.ofNullable(view.owners().get(id)))));
    }
    ArrayNode unownedIds = document.putArray("unowned");
    view.coverage().unowned().forEach(row -> unownedIds.add(row.action().id().value()));
    return document;
  }
}
