package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Moroccan ministry of the examples, one unit renamed with the governments of 9 October 2019
 * and 7 October 2021: each read route names it as on the day asked, its history gives its three
 * names, and the structure's changes between two days give the renames.
 */
@OnEveryStore
class TheStructureAcrossTimeOverHttpTest {

  private static final String FIRST =
      "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social";
  private static final String OF_2019 =
      "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille";
  private static final String OF_2021 =
      "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille";

  private final TestServer server;

  TheStructureAcrossTimeOverHttpTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2019-01-01 | " + FIRST + " | ",
        "2020-06-01 | " + OF_2019 + " | ",
        "2026-11-22 | " + OF_2021 + " | MSISF"
      })
  void every_read_route_names_the_ministry_as_on_the_day_asked(
      String day, String name, String acronym) {
    // when
    JsonNode unit = server.get("/api/v1/units/msisf?asOf=" + day).json();
    JsonNode tree = server.get("/api/v1/units/msisf/tree?asOf=" + day).json().path("root");
    JsonNode listed = item(server.get("/api/v1/units?asOf=" + day).json(), "msisf");
    JsonNode found = item(server.get("/api/v1/units?q=solidarite&asOf=" + day).json(), "msisf");
    JsonNode progress =
        item(server.get("/api/v1/progress?unit=msisf&asOf=" + day).json().path("units"), "msisf");
    String chart = server.get("/api/v1/units/msisf/chart.svg?asOf=" + day).body();

    // then
    for (JsonNode named : List.of(unit, tree, listed, found, progress)) {
      assertThat(named.path("name").path("fr").asText()).isEqualTo(name);
    }
    for (JsonNode named : List.of(unit, tree, listed, found)) {
      assertThat(named.path("acronym").asText(null)).isEqualTo(acronym);
    }
    assertThat(chart)
        .contains(
            "<title id=\"chart-title\">"
                + (acronym == null ? "" : acronym + " — ")
                + name.replace("'", "&apos;")
                + "</title>");
  }

  @Test
  void the_history_gives_each_name_with_its_days_and_the_rename_that_gave_it() {
    // when
    TestServer.Answer answer = server.get("/api/v1/units/msisf/history");

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("ETag")).isNotEmpty();
    JsonNode history = answer.json();
    assertThat(history.path("id").asText()).isEqualTo("msisf");
    assertThat(history.path("acronym").asText()).isEqualTo("MSISF");
    assertThat(names(history.path("names")))
        .containsExactly(
            FIRST + " | null – 2019-10-08 | null",
            OF_2019 + " | 2019-10-09 – 2021-10-06 | Gouvernement du 9 octobre 2019",
            OF_2021 + " | 2021-10-07 – null | Gouvernement du 7 octobre 2021");
    assertThat(history.path("names").get(1).path("restructuring").path("type").asText())
        .isEqualTo("rename");
    assertThat(history.path("names").get(1).path("restructuring").has("basis")).isFalse();
    assertThat(history.path("parents")).isEmpty();
    assertThat(history.path("predecessors")).isEmpty();
    assertThat(history.path("successors")).isEmpty();
    assertThat(history.has("endedBy")).isFalse();
    assertThat(history.path("restructurings")).hasSize(2);
  }

  @Test
  void the_history_of_an_unknown_unit_is_not_found() {
    // when
    JsonNode problem = server.get("/api/v1/units/dgpf/history").problem(404, "unknown-id");

    // then
    assertThat(problem.path("id").asText()).isEqualTo("dgpf");
  }

  @Test
  void the_changes_between_2019_and_2022_are_the_two_renames() {
    // when
    JsonNode diff = server.get("/api/v1/structure/diff?from=2019-01-01&to=2022-01-01").json();
    JsonNode below =
        server.get("/api/v1/structure/diff?from=2019-01-01&to=2022-01-01&unit=masspf").json();

    // then
    assertThat(diff.path("from").asText()).isEqualTo("2019-01-01");
    assertThat(diff.path("to").asText()).isEqualTo("2022-01-01");
    assertThat(diff.has("unit")).isFalse();
    JsonNode changes = diff.path("changes");
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).path("type").asText()).isEqualTo("renamed");
    assertThat(changes.get(0).path("date").asText()).isEqualTo("2019-10-09");
    assertThat(changes.get(0).path("units").get(0).path("id").asText()).isEqualTo("msisf");
    assertThat(changes.get(0).path("nameBefore").path("name").path("fr").asText()).isEqualTo(FIRST);
    assertThat(changes.get(0).path("nameAfter").path("name").path("fr").asText())
        .isEqualTo(OF_2019);
    assertThat(changes.get(1).path("date").asText()).isEqualTo("2021-10-07");
    assertThat(changes.get(1).path("nameAfter").path("acronym").asText()).isEqualTo("MSISF");
    assertThat(changes.get(1).path("restructuring").path("note").asText())
        .isEqualTo("Gouvernement du 7 octobre 2021");
    assertThat(below.path("unit").asText()).isEqualTo("masspf");
    assertThat(below.path("changes")).isEmpty();
  }

  @Test
  void days_missing_malformed_or_inverted_are_bad_requests() {
    // when
    TestServer.Answer missing = server.get("/api/v1/structure/diff?from=2019-01-01");
    TestServer.Answer malformed =
        server.get("/api/v1/structure/diff?from=2019-13-01&to=2022-01-01");
    TestServer.Answer inverted = server.get("/api/v1/structure/diff?from=2022-01-01&to=2019-01-01");
    TestServer.Answer unknown =
        server.get("/api/v1/structure/diff?from=2019-01-01&to=2022-01-01&unit=dgpf");

    // then
    assertThat(missing.problem(400, "invalid-parameter").path("parameter").asText())
        .isEqualTo("to");
    assertThat(malformed.problem(400, "invalid-parameter").path("parameter").asText())
        .isEqualTo("from");
    JsonNode refused = inverted.problem(400, "invalid-value");
    assertThat(refused.path("code").asText()).isEqualTo("period.inverted");
    assertThat(refused.path("detail").asText()).contains("from 2022-01-01 is after to 2019-01-01");
    unknown.problem(404, "unknown-id");
  }

  private static JsonNode item(JsonNode page, String id) {
    JsonNode items = page.has("items") ? page.path("items") : page;
    for (JsonNode item : items) {
      if (item.path("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError(id + " is not in " + page);
  }

  private static List<String> names(JsonNode names) {
    List<String> lines = new ArrayList<>();
    for (JsonNode name : names) {
      lines.add(
          name.path("name").path("fr").asText()
              + " | "
              + name.path("period").path("start").asText("null")
              + " – "
              + name.path("period").path("end").asText("null")
              + " | "
              + name.path("restructuring").path("note").asText("null"));
    }
    return lines;
  }
}
