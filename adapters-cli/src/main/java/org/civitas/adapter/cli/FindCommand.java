package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civitas.application.port.in.FindUnitsQuery;
import org.civitas.domain.organization.UnitSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas find TEXT…}: the units people mean by the words they remember, best first. */
@Command(
    name = "find",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Find units by their name, acronym or attributions, best first.",
    description = {
      "An exact acronym ranks first, then units whose name holds every word, then units one of whose attributions does. Case and accents are ignored; words may come in any order and may be the start of a word, and a word finds its family: « protection enfant » finds the « Direction générale de la protection de l'enfance »."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success, even when nothing matches",
      "1:the dataset has errors",
      "2:usage or I/O error"
    })
final class FindCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "TEXT",
      arity = "1..*",
      description = "The words to look for; several words are joined.")
  private List<String> words = new ArrayList<>();

  @Mixin private DataOption data;
  @Mixin private FormatOption format;

  FindCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    FindUnitsQuery query = new FindUnitsQuery(String.join(" ", words));
    ImmutableList<UnitSearch.Match> matches;
    try (Session session = data.open(wiring)) {
      matches = session.civitas().findUnits().find(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(query, matches)));
    } else {
      text(query, matches, out);
    }
    return 0;
  }

  private void text(FindUnitsQuery query, List<UnitSearch.Match> matches, PrintWriter out) {
    if (matches.isEmpty()) {
      out.println("no unit matches « " + query.text() + " »");
      return;
    }
    out.println(
        Text.count(matches.size(), "unit matches", "units match") + " « " + query.text() + " »:");
    int width = Integer.toString(matches.size()).length();
    for (int i = 0; i < matches.size(); i++) {
      UnitSearch.Match match = matches.get(i);
      out.println(
          Text.pad(Integer.toString(i + 1), width + 1, true)
              + ". "
              + style.unit(match.unit())
              + " "
              + style.dim("(" + match.unit().id() + ")")
              + "  "
              + style.cyan(field(match)));
      match
          .attribution()
          .ifPresent(
              a -> out.println(" ".repeat(width + 3) + style.dim("« " + a.text().text() + " »")));
    }
  }

  private static String field(UnitSearch.Match match) {
    return match.field() == UnitSearch.Field.ATTRIBUTION
        ? "by its mandate"
        : "by its " + code(match.field());
  }

  private static String code(UnitSearch.Field field) {
    return field.name().toLowerCase(Locale.ROOT);
  }

  private static ObjectNode json(FindUnitsQuery query, List<UnitSearch.Match> matches) {
    ObjectNode document = Json.object().put("text", query.text());
    ArrayNode terms = document.putArray("terms");
    query.search().terms().forEach(terms::add);
    ArrayNode results = document.putArray("matches");
    for (int i = 0; i < matches.size(); i++) {
      UnitSearch.Match match = matches.get(i);
      ObjectNode node = results.addObject().put("rank", i + 1);
      node.set("unit", Json.unit(match.unit()));
      node.put("field", code(match.field()));
      Json.put(node, "attribution", match.attribution().map(a -> a.text()));
    }
    return document;
  }
}
