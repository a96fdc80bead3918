package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.CommitmentView.ActivityFigures;
import org.civitas.application.port.in.CommitmentView.IndicatorFigures;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.time.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civitas show commitment ID}: a commitment's progress, activities and indicators on a day.
 */
@Command(
    name = "commitment",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "A commitment with its progress, activities and indicators on a day.",
    description = {
      "Gives the unit that leads it that day (and the lead its record names, when a merge, a split or a dissolution passed it on), contributors, partners and period; the progress (weighted mean of the activities) and schedule state; each activity's progress against the progress expected of it that day; each indicator's baseline, target, latest value and achievement."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or no commitment has that id",
      "2:usage or I/O error"
    })
final class ShowCommitmentCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The commitment's id, e.g. upe.")
  private String id = "";

  @Mixin private DataOption data;
  @Mixin private AsOfOption asOf;
  @Mixin private FormatOption format;

  ShowCommitmentCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    ShowCommitmentQuery query = new ShowCommitmentQuery(CommitmentId.of(id), asOf.date());
    CommitmentView view;
    UnitNames names;
    try (Session session = data.open(wiring)) {
      view = session.civitas().showCommitment().show(query);
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

  private void text(CommitmentView view, UnitNames names, PrintWriter out) {
    Commitment commitment = view.commitment();
    out.println(style.bold(commitment.id().value()) + " — " + commitment.title().text());
    Sections.field(
        out,
        "lead",
        names.label(view.lead(), style)
            + (view.orphaned()
                ? "  " + style.yellow("(orphaned: the unit ended, no unit took the lead over)")
                : ""));
    if (!view.lead().equals(commitment.lead())) {
      Sections.field(
          out,
          "written lead",
          names.label(commitment.lead(), style)
              + "  "
              + style.dim("(until a restructuring passed the lead on)"));
    }
    Sections.field(
        out,
        "contributors",
        commitment.contributors().isEmpty()
            ? style.dim("none")
            : commitment.contributors().stream()
                .map(c -> names.label(c, style))
                .collect(Collectors.joining(", ")));
    Sections.field(
        out,
        "partners",
        commitment.partners().isEmpty()
            ? style.dim("none")
            : commitment.partners().stream().map(this::partner).collect(Collectors.joining("; ")));
    boolean placeholder =
        Stream.of(commitment.period().start(), commitment.period().end())
            .flatMap(Optional::stream)
            .anyMatch(PartialDate::isPlaceholder);
    Sections.field(
        out,
        "period",
        Text.period(commitment.period())
            + (placeholder
                ? "  " + style.yellow("(a system's default date, not a real one)")
                : ""));
    if (!commitment.contributesTo().isEmpty()) {
      Sections.field(
          out,
          "contributes to",
          commitment.contributesTo().stream()
              .map(Object::toString)
              .collect(Collectors.joining(", ")));
    }
    Sections.field(
        out,
        "progress",
        Text.progress(view.progress()) + "  " + Figures.state(view.state(), style).strip());
    Sections.field(out, "as of", view.asOf().toString());

    Sections.heading(out, "Activities", style);
    Sections.list(out, view.activities(), this::activity, style);

    Sections.heading(out, "Indicators", style);
    Sections.list(out, view.indicators(), this::indicator, style);
  }

  private String partner(Partner partner) {
    return partner.name().text() + " " + style.dim("(" + partner.type().code() + ")");
  }

  /** Two lines: the activity named, then its figures against what was expected. */
  private String activity(ActivityFigures figures) {
    Activity activity = figures.activity();
    return style.bold(activity.id().value())
        + " — "
        + activity.title().text()
        + "\n    "
        + Text.progress(OptionalDouble.of(activity.progress()))
        + "  "
        + Figures.state(Optional.of(figures.state()), style)
        + "  expected "
        + Text.pad(Text.percent(figures.expectedProgress()), 7, true)
        + "   "
        + Text.period(activity.period())
        + "   "
        + style.dim(activity.status().code() + ", weight " + Text.number(activity.weight()));
  }

  /** Two lines: the indicator named, then its baseline, target, latest value and achievement. */
  private String indicator(IndicatorFigures figures) {
    Indicator indicator = figures.indicator();
    String about =
        indicator.kind().code()
            + indicator.unit().map(u -> ", " + u).orElse("")
            + ", "
            + indicator.direction().code();
    return style.bold(indicator.id().value())
        + " — "
        + indicator.name().text()
        + " "
        + style.dim("(" + about + ")")
        + "\n    baseline "
        + measurement(indicator.baseline())
        + "   target "
        + measurement(indicator.target())
        + "   latest "
        + measurement(figures.latest())
        + "   achievement "
        + Text.percent(figures.achievement());
  }

  private static String measurement(Optional<Measurement> measurement) {
    return measurement
        .map(m -> m.value().stripTrailingZeros().toPlainString() + " (" + m.date() + ")")
        .orElse(Text.NONE);
  }

  private static ObjectNode json(CommitmentView view, UnitNames names) {
    Commitment commitment = view.commitment();
    ObjectNode document =
        Json.object().put("id", commitment.id().value()).put("title", commitment.title().text());
    document.set("lead", names.json(view.lead()));
    document.set("leadWritten", names.json(commitment.lead()));
    document.put("orphaned", view.orphaned());
    ArrayNode contributors = document.putArray("contributors");
    commitment.contributors().forEach(c -> contributors.add(names.json(c)));
    ArrayNode partners = document.putArray("partners");
    commitment
        .partners()
        .forEach(
            p -> partners.addObject().put("name", p.name().text()).put("type", p.type().code()));
    document.set("period", Json.period(commitment.period()));
    Json.put(document, "problem", commitment.problem());
    Json.put(document, "solution", commitment.solution());
    Json.put(document, "expectedResult", commitment.expectedResult());
    ArrayNode contributesTo = document.putArray("contributesTo");
    commitment.contributesTo().forEach(r -> contributesTo.add(r.toString()));
    document.put("asOf", view.asOf().toString());
    Json.put(document, "progress", view.progress());
    Json.put(document, "state", view.state().map(ScheduleState::code));
    ArrayNode activities = document.putArray("activities");
    for (ActivityFigures figures : view.activities()) {
      Activity activity = figures.activity();
      ObjectNode node =
          activities
              .addObject()
              .put("id", activity.id().value())
              .put("title", activity.title().text());
      node.set("period", Json.period(activity.period()));
      node.put("status", activity.status().code())
          .put("progress", activity.progress())
          .put("weight", activity.weight());
      Json.put(node, "expectedProgress", figures.expectedProgress());
      node.put("state", figures.state().code());
    }
    ArrayNode indicators = document.putArray("indicators");
    for (IndicatorFigures figures : view.indicators()) {
      Indicator indicator = figures.indicator();
      ObjectNode node =
          indicators
              .addObject()
              .put("id", indicator.id().value())
              .put("kind", indicator.kind().code())
              .put("name", indicator.name().text());
      Json.put(node, "unit", indicator.unit());
      node.put("direction", indicator.direction().code());
      measurement(node, "baseline", indicator.baseline());
      measurement(node, "target", indicator.target());
      measurement(node, "latest", figures.latest());
      Json.put(node, "achievement", figures.achievement());
    }
    return document;
  }

  private static void measurement(
      ObjectNode node, String field, Optional<Measurement> measurement) {
    if (measurement.isPresent()) {
      node.putObject(field)
          .put("date", measurement.get().date().toString())
          .put("value", measurement.get().value());
    } else {
      node.putNull(field);
    }
  }
}
