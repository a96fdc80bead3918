package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The units as of a day: listed, filtered, searched, one by one, their children and trees. */
@OnEveryStore
class ReadingTheStructureTest {

  private final TestServer server;

  ReadingTheStructureTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_unit_is_given_with_its_place_its_mandate_and_the_roll_up_of_its_subtree() {
    // given the Togolese DGAS, with three directorates under it and the DPA's fixture commitment

    // when
    TestServer.Answer answer = server.get("/api/v1/units/dgas?asOf=2025-06-30");

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.header("ETag")).as("the stored version").isEqualTo("\"v1\"");
    JsonNode unit = answer.json();
    assertThat(unit.path("id").asText()).isEqualTo("dgas");
    assertThat(unit.path("kind").asText()).isEqualTo("general-directorate");
    assertThat(unit.path("name").path("fr").asText()).startsWith("Direction générale");
    assertThat(unit.path("parent").asText()).isEqualTo("masspf");
    assertThat(texts(unit.path("children"))).containsExactly("dpa", "dpph", "dgc");
    assertThat(unit.path("mandate").path("exhaustive").asBoolean()).isFalse();
    assertThat(unit.path("mandate").path("attributions")).hasSize(3);
    assertThat(unit.path("version").asLong()).isEqualTo(1);
    assertThat(unit.path("asOf").asText()).isEqualTo("2025-06-30");
    assertThat(unit.path("inForce").asBoolean()).isTrue();
    assertThat(unit.path("rollUp").path("commitments").asInt()).isEqualTo(1);
    assertThat(unit.path("rollUp").path("meanProgress").asDouble()).isEqualTo(10.0);
    assertThat(unit.path("rollUp").path("states").path("behind").asInt()).isEqualTo(1);
    assertThat(unit.path("commitments")).isEmpty();
  }

  @Test
  void a_unit_the_client_holds_already_is_not_sent_again() {
    // given
    TestServer.Answer first = server.get("/api/v1/units/dgas?asOf=2025-06-30");

    // when
    TestServer.Answer again =
        server.get("/api/v1/units/dgas?asOf=2025-06-30", "If-None-Match", first.header("ETag"));
    TestServer.Answer today =
        server.get("/api/v1/units/dgas", "If-None-Match", first.header("ETag"));

    // then
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(today.status())
        .as("figures of today, which the version does not cover, are sent again")
        .isEqualTo(200);
  }

  @Test
  void an_unknown_unit_is_a_not_found_problem_naming_it() {
    // when
    TestServer.Answer answer = server.get("/api/v1/units/dgxx");

    // then
    JsonNode problem = answer.problem(404, "unknown-id");
    assertThat(problem.path("kind").asText()).isEqualTo("unit");
    assertThat(problem.path("id").asText()).isEqualTo("dgxx");
  }

  @Test
  void the_list_comes_in_pages_in_the_order_of_the_ids() {
    // given the 23 Togolese units, 1 of the strategy 4+4, 7 of Agadir, 4 of the UPE, 5 of Benin
    List<String> ids = new ArrayList<>();
    String path = "/api/v1/units?limit=10";

    // when every page is read in turn
    int pages = 0;
    while (true) {
      JsonNode page = server.get(path).json();
      pages++;
      page.path("items").forEach(item -> ids.add(item.path("id").asText()));
      if (!page.has("nextCursor")) {
        break;
      }
      path = "/api/v1/units?limit=10&cursor=" + page.path("nextCursor").asText();
    }

    // then
    assertThat(pages).isEqualTo(4);
    assertThat(ids).hasSize(39).doesNotHaveDuplicates().isSorted();
    assertThat(ids.subList(0, 3)).containsExactly("cape", "cellule-juridique", "cellule-reforme");
  }

  @Test
  void a_page_larger_than_the_cap_is_refused() {
    // when
    TestServer.Answer answer = server.get("/api/v1/units?limit=501");

    // then
    JsonNode problem = answer.problem(400, "invalid-parameter");
    assertThat(problem.path("parameter").asText()).isEqualTo("limit");
    assertThat(problem.path("detail").asText()).contains("1 to 500");
  }

  @Test
  void a_cursor_the_server_did_not_give_is_refused() {
    // when
    TestServer.Answer answer = server.get("/api/v1/units?cursor=bm90LWEtY3Vyc29y");

    // then
    assertThat(answer.problem(400, "invalid-parameter").path("parameter").asText())
        .isEqualTo("cursor");
  }

  @Test
  void the_list_is_filtered_by_parent_and_kind() {
    // when
    JsonNode underDgas = server.get("/api/v1/units?parent=dgas").json();
    JsonNode socialServices = server.get("/api/v1/units?kind=social-service").json();

    // then
    assertThat(ids(underDgas)).containsExactly("dgc", "dpa", "dpph");
    assertThat(underDgas.path("items").get(0).path("parent").asText()).isEqualTo("dgas");
    assertThat(ids(socialServices))
        .containsExactly(
            "ss-brigades-mineurs",
            "ss-etablissements-penitentiaires",
            "ss-formations-sanitaires",
            "ss-tribunaux");
  }

  @Test
  void a_search_finds_units_by_what_people_remember_best_first() {
    // when
    JsonNode found = server.get("/api/v1/units?q=CPPE").json();

    // then
    JsonNode first = found.path("items").get(0);
    assertThat(first.path("id").asText()).isEqualTo("cppe");
    assertThat(first.path("match").path("field").asText()).isEqualTo("acronym");
  }

  @Test
  void an_unknown_kind_or_day_is_refused_with_what_to_give() {
    // when
    TestServer.Answer kind = server.get("/api/v1/units?kind=bureau");
    TestServer.Answer day = server.get("/api/v1/units?asOf=2025-02-30");

    // then
    assertThat(kind.problem(400, "invalid-parameter").path("detail").asText())
        .contains("unit kind");
    assertThat(day.problem(400, "invalid-parameter").path("detail").asText())
        .contains("YYYY-MM-DD");
  }

  @Test
  void the_children_of_a_unit_are_listed() {
    // when
    TestServer.Answer answer = server.get("/api/v1/units/das/children");

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(ids(answer.json()))
        .containsExactly(
            "service-suivi-evaluation",
            "service-communication",
            "service-formation",
            "service-coordination-sociale");
  }

  @Test
  void a_tree_stops_at_the_depth_asked_and_says_where_it_was_cut() {
    // when
    JsonNode tree = server.get("/api/v1/units/masspf/tree?depth=1").json();

    // then
    assertThat(tree.path("depth").asInt()).isEqualTo(1);
    JsonNode root = tree.path("root");
    assertThat(root.path("id").asText()).isEqualTo("masspf");
    JsonNode dgas = child(root, "dgas");
    assertThat(dgas.path("children")).isEmpty();
    assertThat(dgas.path("truncated").asBoolean()).isTrue();
    assertThat(child(root, "daaf").has("truncated")).isFalse();
  }

  @Test
  void a_tree_deeper_than_the_cap_is_refused() {
    // when
    TestServer.Answer answer = server.get("/api/v1/units/masspf/tree?depth=11");

    // then
    JsonNode problem = answer.problem(400, "invalid-parameter");
    assertThat(problem.path("parameter").asText()).isEqualTo("depth");
  }

  @Test
  void a_whole_tree_is_given_down_to_the_cap() {
    // when
    JsonNode tree = server.get("/api/v1/units/masspf/tree").json();

    // then
    assertThat(tree.path("depth").asInt()).isEqualTo(10);
    assertThat(texts(child(child(tree.path("root"), "dgas"), "dpa").path("children"))).isEmpty();
    assertThat(child(tree.path("root"), "dgas").path("children")).hasSize(3);
  }

  private static JsonNode child(JsonNode node, String id) {
    for (JsonNode child : node.path("children")) {
      if (child.path("id").asText().equals(id)) {
        return child;
      }
    }
    throw new AssertionError(id + " is not a child of " + node.path("id").asText());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  @Test
  void the_org_chart_of_a_unit_is_drawn_as_svg_from_the_structure_of_the_day() {
    // when
    TestServer.Answer answer = server.get("/api/v1/units/dgas/chart.svg?asOf=2025-06-30");
    TestServer.Answer unknown = server.get("/api/v1/units/dgxx/chart.svg");

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("image/svg+xml");
    assertThat(answer.body())
        .startsWith("<?xml")
        .contains("<svg", "id=\"unit-dgas\"", "id=\"unit-dpa\"", "id=\"unit-dgc\"")
        .doesNotContain("id=\"unit-dgpe\"");
    unknown.problem(404, "unknown-id");
  }
}
