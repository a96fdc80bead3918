package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civitas.application.port.in.ShowStrategyQuery;
import org.civitas.application.port.in.StrategyView;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas show strategy ID}: axes, objectives and actions with their owners. */
@Command(
    name = "strategy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "A strategy: its axes, objectives and actions with their owners.",
    description = {
      "Gives the title, owner and period, every axis, objective and action with the units that own it that day (unowned actions are marked), and the commitments that contribute to the strategy."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or no strategy has that id",
      "2:usage or I/O error"
    })
final class ShowStrategyCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The strategy's id, e.g. pole-social-4-4.")
  private String id = "";

  @Mixin private DataOption data;
  @Mixin private AsOfOption asOf;
  @Mixin private FormatOption format;

  ShowStrategyCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    ShowStrategyQuery query = new ShowStrategyQuery(StrategyId.of(id), asOf.date());
    StrategyView view;
    UnitNames names;
    try (Session session = data.open(wiring)) {
      view = session.civitas().showStrategy().show(query);
      names = UnitNames.of(session.civitas(), view.asOf());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(view, names)));
    } else {
      text(view, names, out);
    }
    return 0;
  }

  private void text(StrategyView view, UnitNames names, PrintWriter out) {
    Strategy strategy = view.strategy();
    out.println(style.bold(strategy.id().value()) + " — " + strategy.title().text());
    Sections.field(
        out,
        "owner",
        strategy.owner().map(o -> names.label(o, style)).orElse(style.dim("not given")));
    Sections.field(out, "period", Text.period(strategy.period()));
    int actions = view.coverage().actions().size();
    int unowned = view.coverage().unowned().size();
    Sections.field(
        out,
        "actions",
        actions
            + ": "
            + (actions - unowned)
            + " owned, "
            + (unowned == 0 ? "0 unowned" : style.yellow(unowned + " unowned")));
    Sections.field(out, "as of", view.asOf().toString());
    for (Axis axis : strategy.axes()) {
      out.println();
      out.println(StrategyText.axis(axis, style));
      if (axis.objectives().isEmpty()) {
        out.println("  " + style.dim("no objective"));
      }
      for (Objective objective : axis.objectives()) {
        out.println("  " + StrategyText.objective(objective, style));
        for (Action action : objective.actions()) {
          out.println(
              "    "
                  + StrategyText.action(action, style)
                  + "  "
                  + owners(view.coverage().ownersOf(action), names));
        }
      }
    }
    Sections.heading(out, "Commitments contributing to it", style);
    Sections.list(out, view.commitments(), c -> Figures.commitment(c, style), style);
  }

  private String owners(List<UnitId> owners, UnitNames names) {
    if (owners.isEmpty()) {
      return style.yellow("→ unowned");
    }
    return "→ "
        + owners.stream().map(o -> names.shortLabel(o, style)).collect(Collectors.joining(", "));
  }

  private static ObjectNode json(StrategyView view, UnitNames names) {
    Strategy strategy = view.strategy();
    ObjectNode document =
        Json.object().put("id", strategy.id().value()).put("title", strategy.title().text());
    if (strategy.owner().isPresent()) {
      document.set("owner", names.json(strategy.owner().get()));
    } else {
      document.putNull("owner");
    }
    document.set("period", Json.period(strategy.period()));
    Json.put(document, "summary", strategy.summary());
    document.put("asOf", view.asOf().toString());
    ArrayNode axes = document.putArray("axes");
    for (Axis axis : strategy.axes()) {
      ObjectNode axisNode = StrategyText.json(axis);
      ArrayNode objectives = axisNode.putArray("objectives");
      for (Objective objective : axis.objectives()) {
        ObjectNode objectiveNode = StrategyText.json(objective);
        ArrayNode actions = objectiveNode.putArray("actions");
        for (Action action : objective.actions()) {
          ObjectNode actionNode =
              actions.addObject().put("id", action.id().value()).put("text", action.text().text());
          ArrayNode owners = actionNode.putArray("owners");
          view.coverage().ownersOf(action).forEach(o -> owners.add(names.json(o)));
        }
        objectives.add(objectiveNode);
      }
      axes.add(axisNode);
    }
    int unowned = view.coverage().unowned().size();
    document
        .putObject("counts")
        .put("actions", view.coverage().actions().size())
        .put("owned", view.coverage().actions().size() - unowned)
        .put("unowned", unowned);
    ArrayNode commitments = document.putArray("commitments");
    view.commitments().forEach(c -> commitments.add(Json.commitment(c)));
    return document;
  }
}
