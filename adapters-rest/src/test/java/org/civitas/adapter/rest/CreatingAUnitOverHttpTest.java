package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.civitas.application.port.out.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/units: a unit is created under its parent from a day on, by a token whose scope
 * holds the parent, with an id of its own; it answers 201 with where it is and its first ETag. The
 * cell below is a test's own unit, under the Togolese DPA (which sits under the DGAS).
 */
@OnEveryStore
class CreatingAUnitOverHttpTest {

  private static final String CELL =
      "{\"id\": \"cellule-pa\", \"parent\": \"dpa\", \"from\": \"2025-07-01\", \"kind\": \"cell\","
          + " \"name\": {\"fr\": \"Cellule d'écoute des personnes âgées\"}, \"staff\": 3}";

  private final TestServer server;

  CreatingAUnitOverHttpTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestServer.Answer create(String body, String token, String... headers) {
    List<String> all = new ArrayList<>(List.of("Authorization", TestServer.bearer(token)));
    all.addAll(List.of(headers));
    return server.post("/api/v1/units", "application/json", body, all.toArray(String[]::new));
  }

  @Test
  void a_unit_is_created_under_its_parent_with_201_its_location_and_its_first_etag() {
    // when
    TestServer.Answer answer = create(CELL, server.editorOfDgas);

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.header("Location")).isEqualTo("/api/v1/units/cellule-pa");
    assertThat(answer.header("ETag")).isEqualTo("\"v1\"");
    JsonNode unit = answer.json();
    assertThat(unit.path("id").asText()).isEqualTo("cellule-pa");
    assertThat(unit.path("kind").asText()).isEqualTo("cell");
    assertThat(unit.path("staff").asInt()).isEqualTo(3);
    assertThat(unit.path("lifetime").path("start").asText()).isEqualTo("2025-07-01");
    assertThat(unit.path("inForce").asBoolean()).as("not yet, on 30 June").isFalse();
    assertThat(server.get("/api/v1/units/cellule-pa").header("ETag")).isEqualTo("\"v1\"");
    assertThat(server.get("/api/v1/units/dpa/children?asOf=2025-07-01").json().path("items"))
        .extracting(item -> item.path("id").asText())
        .containsExactly("cellule-pa");
    AuditEntry entry = server.changes().get(0);
    assertThat(entry.actor()).isEqualTo("point-focal-dgas");
    assertThat(entry.action()).isEqualTo("unit.create");
    assertThat(entry.subject()).isEqualTo("unit/cellule-pa");
    assertThat(entry.after())
        .contains("cell Cellule d'écoute des personnes âgées, under dpa from 2025-07-01");
  }

  @Test
  void if_none_match_star_is_what_a_creation_means_and_if_match_is_refused() {
    // when
    TestServer.Answer withStar = create(CELL, server.admin, "If-None-Match", "*");
    TestServer.Answer withIfMatch =
        create(CELL.replace("cellule-pa", "cellule-pb"), server.admin, "If-Match", "\"v1\"");

    // then
    assertThat(withStar.status()).as(withStar.body()).isEqualTo(201);
    assertThat(withIfMatch.problem(412, "version-conflict").path("detail").asText())
        .contains("a new unit has no version");
    assertThat(server.get("/api/v1/units/cellule-pb").status()).isEqualTo(404);
  }

  @Test
  void an_id_taken_already_is_a_conflict() {
    // when
    TestServer.Answer answer = create(CELL.replace("cellule-pa", "dpph"), server.admin);

    // then
    JsonNode problem = answer.problem(409, "change-conflict");
    assertThat(problem.path("reason").asText()).isEqualTo("id-taken");
    assertThat(problem.path("detail").asText()).contains("there is a unit 'dpph' already");
    assertThat(server.get("/api/v1/units/dpph").json().path("kind").asText())
        .isEqualTo("directorate");
  }

  @Test
  void an_unknown_parent_or_a_rule_broken_is_unprocessable_with_the_findings() {
    // when
    TestServer.Answer unknownParent = create(CELL.replace("\"dpa\"", "\"dpx\""), server.admin);
    TestServer.Answer unknownLink =
        create(
            CELL.replace(
                "\"staff\": 3", "\"links\": [{\"type\": \"supervises\", \"unit\": \"inconnue\"}]"),
            server.admin);

    // then
    assertThat(unknownParent.problem(422, "change-refused").path("reason").asText())
        .isEqualTo("unknown-unit");
    JsonNode problem = unknownLink.problem(422, "change-refused");
    assertThat(problem.path("reason").asText()).isEqualTo("errors");
    assertThat(problem.path("counts").path("error").asInt()).isEqualTo(1);
    assertThat(problem.path("findings").get(0).path("code").asText()).isEqualTo("ref.unknown");
    assertThat(problem.path("findings").get(0).path("path").asText()).isEqualTo("/links/0/unit");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void a_body_that_sets_what_the_server_sets_or_misses_a_field_is_refused_at_each_pointer() {
    // when
    TestServer.Answer answer =
        create(
            "{\"id\": \"Cellule PA\", \"parent\": \"dpa\", \"kind\": \"cellule\", \"version\": 3,"
                + " \"rollUp\": {}, \"lifetime\": {\"start\": \"2020\"}}",
            server.admin);

    // then
    JsonNode problem = answer.problem(400, "invalid-body");
    assertThat(pointers(problem))
        .containsExactlyInAnyOrder(
            "/version", "/rollUp", "/lifetime", "/id", "/from", "/kind", "/name");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void a_creation_without_a_token_with_another_media_type_or_too_large_is_refused()
      throws Exception {
    // when
    TestServer.Answer anonymous = server.post("/api/v1/units", "application/json", CELL);
    TestServer.Answer yaml =
        server.post(
            "/api/v1/units",
            "application/yaml",
            CELL,
            "Authorization",
            TestServer.bearer(server.admin));

    // then
    anonymous.problem(401, "unauthenticated");
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    yaml.problem(415, "unsupported-media-type");
    try (TestServer small = TestServer.start(RestConfig.DEFAULT.withBodyLimits(64, 4096))) {
      String tooLarge =
          small.raw(
              "POST",
              "/api/v1/units",
              new byte[0],
              false,
              "Content-Type",
              "application/json",
              "Content-Length",
              "4096",
              "Authorization",
              TestServer.bearer(small.admin));
      assertThat(tooLarge).startsWith("HTTP/1.1 413 ");
    }
    assertThat(server.changes()).isEmpty();
  }

  static List<String> pointers(JsonNode problem) {
    List<String> pointers = new ArrayList<>();
    problem.path("errors").forEach(error -> pointers.add(error.path("pointer").asText()));
    return pointers;
  }
}
