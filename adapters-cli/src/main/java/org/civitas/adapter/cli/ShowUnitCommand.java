package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.application.port.in.UnitView;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.time.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas show unit ID}: a unit, its posts, its mandate and its place on a day. */
@Command(
    name = "unit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "A unit as it stood on a day, with its mandate and its figures.",
    description = {
      "Gives its kind, parent, lifetime, staff, posts, mandate (numbered attributions, whether the list is exhaustive, its legal basis), links, children that day, the commitments it leads and the roll-up of its whole subtree."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or no unit has that id",
      "2:usage or I/O error"
    })
final class ShowUnitCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The unit's id, e.g. dgpe.")
  private String id = "";

  @Mixin private DataOption data;
  @Mixin private AsOfOption asOf;
  @Mixin private FormatOption format;

  ShowUnitCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    ShowUnitQuery query = new ShowUnitQuery(UnitId.of(id), asOf.date());
    UnitView view;
    UnitNames names;
    try (Session session = data.open(wiring)) {
      view = session.civitas().showUnit().show(query);
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

  private void text(UnitView view, UnitNames names, PrintWriter out) {
    OrgUnit unit = view.unit();
    out.println(style.unit(unit, view.asOf()));
    Sections.field(out, "id", unit.id().value());
    Sections.field(out, "kind", unit.kind().code());
    Sections.field(
        out,
        "parent",
        view.parent().map(p -> names.label(p.id(), style)).orElse(style.dim("none (a root)")));
    Sections.field(out, "lifetime", lifetime(unit));
    unit.staff().ifPresent(n -> Sections.field(out, "staff", Integer.toString(n)));
    unit.territory()
        .ifPresent(
            t -> Sections.field(out, "territory", t.level().code() + " · " + t.name().text()));
    Sections.field(
        out,
        "as of",
        view.asOf()
            + (view.inForce() ? "" : "  " + style.yellow("(the unit did not exist on that day)")));

    Sections.heading(out, "Posts", style);
    Sections.list(out, unit.posts(), this::post, style);

    Sections.heading(out, mandateHeading(unit.mandate()), style);
    unit.mandate()
        .ifPresentOrElse(
            m -> mandate(m, out), () -> out.println("  " + style.dim("none recorded")));

    Sections.heading(out, "Links", style);
    Sections.list(out, unit.links(), l -> link(l, names), style);

    Sections.heading(out, "Children on " + view.asOf(), style);
    Sections.list(out, view.children(), c -> names.label(c.id(), style), style);

    Sections.heading(out, "Commitments led", style);
    Sections.list(out, view.commitments(), c -> Figures.commitment(c, style), style);

    Sections.heading(out, "Roll-up of the subtree", style);
    out.println("  " + Figures.rollUp(view.rollUp(), style));
  }

  private static String lifetime(OrgUnit unit) {
    String established = unit.established().map(PartialDate::toString).orElse("");
    String dissolved = unit.dissolved().map(PartialDate::toString).orElse("");
    if (established.isEmpty() && dissolved.isEmpty()) {
      return "no dates given";
    }
    return (established.isEmpty() ? "" : "established " + established)
        + (established.isEmpty() || dissolved.isEmpty() ? "" : ", ")
        + (dissolved.isEmpty() ? "" : "dissolved " + dissolved);
  }

  private String post(Post post) {
    return post.title().text()
        + " "
        + style.dim("(" + post.role().code() + ")")
        + ": "
        + post.holder().orElse(style.dim("holder not given"));
  }

  /** How many attributions, and whether the text says « notamment ». */
  private static String mandateHeading(Optional<Mandate> mandate) {
    return mandate
        .map(
            m ->
                "Mandate: "
                    + Text.count(m.attributions().size(), "attribution", "attributions")
                    + (m.exhaustive() ? ", exhaustive" : ", non exhaustive (« notamment »)"))
        .orElse("Mandate");
  }

  private void mandate(Mandate mandate, PrintWriter out) {
    mandate.basis().ifPresent(b -> out.println("  " + style.dim("basis:") + " " + b));
    List<Attribution> attributions = mandate.attributions();
    int width = Integer.toString(attributions.size()).length();
    for (int i = 0; i < attributions.size(); i++) {
      out.println(
          "  "
              + Text.pad(Integer.toString(i + 1), width, true)
              + ". "
              + attributions.get(i).text().text());
    }
  }

  private String link(UnitLink link, UnitNames names) {
    return Text.pad(link.type().code(), 14, false) + " " + names.label(link.unit(), style);
  }

  private static ObjectNode json(UnitView view, UnitNames names) {
    OrgUnit unit = view.unit();
    ObjectNode document =
        Json.unit(unit, view.asOf())
            .put("asOf", view.asOf().toString())
            .put("inForce", view.inForce());
    if (view.parent().isPresent()) {
      document.set("parent", Json.unit(view.parent().get(), view.asOf()));
    } else {
      document.putNull("parent");
    }
    Json.put(document, "established", unit.established().map(PartialDate::toString));
    Json.put(document, "dissolved", unit.dissolved().map(PartialDate::toString));
    if (unit.staff().isPresent()) {
      document.put("staff", unit.staff().getAsInt());
    } else {
      document.putNull("staff");
    }
    if (unit.territory().isPresent()) {
      document
          .putObject("territory")
          .put("level", unit.territory().get().level().code())
          .put("name", unit.territory().get().name().text());
    } else {
      document.putNull("territory");
    }
    ArrayNode posts = document.putArray("posts");
    for (Post post : unit.posts()) {
      ObjectNode node = posts.addObject().put("title", post.title().text());
      Json.put(node, "holder", post.holder());
      node.put("role", post.role().code());
    }
    if (unit.mandate().isPresent()) {
      Mandate mandate = unit.mandate().get();
      ObjectNode node = document.putObject("mandate");
      Json.put(node, "basis", mandate.basis());
      node.put("exhaustive", mandate.exhaustive());
      ArrayNode attributions = node.putArray("attributions");
      for (Attribution attribution : mandate.attributions()) {
        ObjectNode item = attributions.addObject().put("text", attribution.text().text());
        ArrayNode themes = item.putArray("themes");
        attribution.themes().forEach(themes::add);
      }
    } else {
      document.putNull("mandate");
    }
    ArrayNode links = document.putArray("links");
    for (UnitLink link : unit.links()) {
      links.addObject().put("type", link.type().code()).set("unit", names.json(link.unit()));
    }
    ArrayNode children = document.putArray("children");
    view.children().forEach(c -> children.add(Json.unit(c, view.asOf())));
    ArrayNode commitments = document.putArray("commitments");
    view.commitments().forEach(c -> commitments.add(Json.commitment(c)));
    document.set("rollUp", Json.rollUp(view.rollUp()));
    return document;
  }
}
