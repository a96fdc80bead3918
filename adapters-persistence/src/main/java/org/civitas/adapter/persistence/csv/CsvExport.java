package org.civitas.adapter.persistence.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;

/**
 * Writes a snapshot as CSV tables: units, attributions, posts, links, strategies, strategy
 * elements, commitments, partners, activities, indicators and measurements, each with a header row,
 * rows in the order stored. Either one file per table in a directory, or every table in one stream,
 * each after a line {@code # units}. Fields are quoted as RFC 4180 says, lines end with CRLF. Texts
 * are in their own language; a list of ids is joined with {@code ;}. The columns are described in
 * docs/csv-export.md.
 *
 * <p>Rows are made as they are written, so a large record is never held twice in memory.
 */
public final class CsvExport {

  private static final String CRLF = CsvRows.CRLF;
  private static final String LIST = ";";

  /** One table: its name, its header, and its rows drawn from a snapshot. */
  private record Table(
      String name, List<String> header, Function<Snapshot, Stream<List<String>>> rows) {}

  private static final ImmutableList<Table> TABLES =
      ImmutableList.of(
          new Table(
              "units",
              List.of(
                  "id",
                  "kind",
                  "parent",
                  "name",
                  "acronym",
                  "territory_level",
                  "territory_name",
                  "established",
                  "dissolved",
                  "staff",
                  "mandate_basis",
                  "mandate_exhaustive"),
              // As the restructurings leave them: latest name and parent, and their end.
              s -> s.chart().units().stream().map(CsvExport::unit)),
          new Table(
              "attributions",
              List.of("unit", "number", "text", "themes"),
              s ->
                  s.units().stream()
                      .flatMap(
                          u ->
                              numbered(
                                  u.mandate().map(Mandate::attributions).orElse(ImmutableList.of()),
                                  (a, n) ->
                                      List.of(
                                          u.id().value(),
                                          n,
                                          a.text().text(),
                                          String.join(LIST, a.themes()))))),
          new Table(
              "posts",
              List.of("unit", "number", "title", "holder", "role"),
              s ->
                  s.units().stream()
                      .flatMap(
                          u ->
                              numbered(
                                  u.posts(),
                                  (p, n) ->
                                      List.of(
                                          u.id().value(),
                                          n,
                                          p.title().text(),
                                          p.holder().orElse(""),
                                          p.role().code())))),
          new Table(
              "links",
              List.of("unit", "type", "target"),
              s ->
                  s.units().stream()
                      .flatMap(
                          u ->
                              u.links().stream()
                                  .map(
                                      l ->
                                          List.of(
                                              u.id().value(), l.type().code(), l.unit().value())))),
          new Table(
              "strategies",
              List.of("id", "title", "owner", "start", "end", "summary"),
              s ->
                  s.strategies().stream()
                      .map(
                          st ->
                              List.of(
                                  st.id().value(),
                                  st.title().text(),
                                  value(st.owner()),
                                  date(st.period().start()),
                                  date(st.period().end()),
                                  text(st.summary())))),
          new Table(
              "strategy_elements",
              List.of("strategy", "level", "id", "parent", "kind", "number", "text", "owners"),
              s -> s.strategies().stream().flatMap(CsvExport::elements)),
          new Table(
              "commitments",
              List.of(
                  "id",
                  "title",
                  "lead",
                  "contributors",
                  "start",
                  "end",
                  "problem",
                  "solution",
                  "expected_result",
                  "contributes_to"),
              s -> s.commitments().stream().map(CsvExport::commitment)),
          new Table(
              "partners",
              List.of("commitment", "number", "name", "type"),
              s ->
                  s.commitments().stream()
                      .flatMap(
                          c ->
                              numbered(
                                  c.partners(),
                                  (p, n) ->
                                      List.of(
                                          c.id().value(), n, p.name().text(), p.type().code())))),
          new Table(
              "activities",
              List.of("commitment", "id", "title", "start", "end", "status", "progress", "weight"),
              s ->
                  s.commitments().stream()
                      .flatMap(c -> c.activities().stream().map(a -> activity(c, a)))),
          new Table(
              "indicators",
              List.of(
                  "commitment",
                  "id",
                  "kind",
                  "name",
                  "unit",
                  "direction",
                  "baseline_value",
                  "baseline_date",
                  "target_value",
                  "target_date"),
              s ->
                  s.commitments().stream()
                      .flatMap(c -> c.indicators().stream().map(i -> indicator(c, i)))),
          new Table(
              "measurements",
              List.of("commitment", "indicator", "date", "value"),
              s ->
                  s.commitments().stream()
                      .flatMap(
                          c ->
                              c.indicators().stream()
                                  .flatMap(
                                      i ->
                                          i.measurements().stream()
                                              .map(
                                                  m ->
                                                      List.of(
                                                          c.id().value(),
                                                          i.id().value(),
                                                          m.date().toString(),
                                                          CsvRows.number(m.value())))))));

  /** The tables' names, in the order written; a directory holds {@code NAME.csv} for each. */
  public static final ImmutableList<String> TABLE_NAMES =
      TABLES.stream().map(Table::name).collect(ImmutableList.toImmutableList());

  /** Writes every table to {@code out}, each after a line {@code # NAME}, a blank line between. */
  public void write(Snapshot snapshot, Writer out) throws IOException {
    boolean first = true;
    for (Table table : TABLES) {
      if (!first) {
        out.write(CRLF);
      }
      first = false;
      out.write("# " + table.name() + CRLF);
      write(snapshot, table, out);
    }
    out.flush();
  }

  /**
   * Writes each table to {@code NAME.csv} in {@code directory}, made if missing; files of those
   * names are replaced.
   *
   * @return the files written, in the order of the tables
   */
  public ImmutableList<Path> write(Snapshot snapshot, Path directory) throws IOException {
    Files.createDirectories(directory);
    ImmutableList.Builder<Path> written = ImmutableList.builder();
    for (Table table : TABLES) {
      Path file = directory.resolve(table.name() + ".csv");
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        write(snapshot, table, out);
      }
      written.add(file);
    }
    return written.build();
  }

  private static void write(Snapshot snapshot, Table table, Writer out) throws IOException {
    CsvRows.write(table.header(), out);
    for (List<String> row : (Iterable<List<String>>) table.rows().apply(snapshot)::iterator) {
      CsvRows.write(row, out);
    }
  }

  // ------------------------------------------------------------------------------ rows

  private static List<String> unit(OrgUnit unit) {
    return List.of(
        unit.id().value(),
        unit.kind().code(),
        value(unit.parent()),
        unit.name().text(),
        unit.acronym().orElse(""),
        unit.territory().map(t -> t.level().code()).orElse(""),
        unit.territory().map(t -> t.name().text()).orElse(""),
        date(unit.established()),
        date(unit.dissolved()),
        number(unit.staff()),
        unit.mandate().flatMap(Mandate::basis).orElse(""),
        unit.mandate().map(m -> Boolean.toString(m.exhaustive())).orElse(""));
  }

  /** Each axis, then its objectives each followed by its actions, as the strategy lists them. */
  private static Stream<List<String>> elements(Strategy strategy) {
    String id = strategy.id().value();
    return strategy.axes().stream()
        .flatMap(
            axis ->
                Stream.concat(
                    Stream.of(
                        List.of(
                            id,
                            "axis",
                            axis.id().value(),
                            "",
                            axis.kind().code(),
                            number(axis.number()),
                            axis.title().text(),
                            "")),
                    axis.objectives().stream().flatMap(o -> objective(id, axis, o))));
  }

  private static Stream<List<String>> objective(String strategy, Axis axis, Objective objective) {
    return Stream.concat(
        Stream.of(
            List.of(
                strategy,
                "objective",
                objective.id().value(),
                axis.id().value(),
                "",
                number(objective.number()),
                objective.title().text(),
                "")),
        objective.actions().stream()
            .map(
                action ->
                    List.of(
                        strategy,
                        "action",
                        action.id().value(),
                        objective.id().value(),
                        "",
                        "",
                        action.text().text(),
                        ids(action.owners()))));
  }

  private static List<String> commitment(Commitment commitment) {
    return List.of(
        commitment.id().value(),
        commitment.title().text(),
        commitment.lead().value(),
        ids(commitment.contributors()),
        date(commitment.period().start()),
        date(commitment.period().end()),
        text(commitment.problem()),
        text(commitment.solution()),
        text(commitment.expectedResult()),
        ids(commitment.contributesTo()));
  }

  private static List<String> activity(Commitment commitment, Activity activity) {
    return List.of(
        commitment.id().value(),
        activity.id().value(),
        activity.title().text(),
        date(activity.period().start()),
        date(activity.period().end()),
        activity.status().code(),
        CsvRows.number(activity.progress()),
        CsvRows.number(activity.weight()));
  }

  private static List<String> indicator(Commitment commitment, Indicator indicator) {
    return List.of(
        commitment.id().value(),
        indicator.id().value(),
        indicator.kind().code(),
        indicator.name().text(),
        indicator.unit().orElse(""),
        indicator.direction().code(),
        indicator.baseline().map(m -> CsvRows.number(m.value())).orElse(""),
        indicator.baseline().map(m -> m.date().toString()).orElse(""),
        indicator.target().map(m -> CsvRows.number(m.value())).orElse(""),
        indicator.target().map(m -> m.date().toString()).orElse(""));
  }

  // ------------------------------------------------------------------------------ fields

  /** The items with their 1-based number, as the source lists them. */
  private static <T> Stream<List<String>> numbered(List<T> items, NumberedRow<T> row) {
    return IntStream.range(0, items.size())
        .mapToObj(i -> row.of(items.get(i), Integer.toString(i + 1)));
  }

  private interface NumberedRow<T> {
    List<String> of(T item, String number);
  }

  private static String value(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  private static String text(Optional<LocalizedText> text) {
    return text.map(LocalizedText::text).orElse("");
  }

  private static String date(Optional<PartialDate> date) {
    return value(date);
  }

  private static String ids(List<?> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.joining(LIST));
  }

  private static String number(OptionalInt number) {
    return number.isPresent() ? Integer.toString(number.getAsInt()) : "";
  }
}
