package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each refusal of a rename, a merge or a split: a typed problem that says what to do, and nothing
 * written. The DGAS holds the DPA, DPPH and DGC, the DGPE the DPSV and DAED.
 */
@OnEveryStore
class ARestructuringTheRecordRefusesChangesNothingTest {

  private final TestServer server;

  ARestructuringTheRecordRefusesChangesNothingTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestServer.Answer act(String id, String action, String body, String... headers) {
    return server.post("/api/v1/units/" + id + "/" + action, "application/json", body, headers);
  }

  private TestServer.Answer asAdmin(String id, String action, String body, String etag) {
    return act(
        id, action, body, "Authorization", TestServer.bearer(server.admin), "If-Match", etag);
  }

  private void nothingChanged(String... ids) {
    for (String id : ids) {
      assertThat(server.get("/api/v1/units/" + id).header("ETag")).as(id).isEqualTo("\"v1\"");
    }
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void an_unknown_unit_is_unprocessable_and_an_unknown_unit_in_the_path_not_found() {
    // when
    TestServer.Answer named =
        asAdmin(
            "dpsv",
            "merge",
            "{\"units\": [\"dpsv\", \"dgxx\"], \"from\": \"2025-09-01\"}",
            "\"v1\"");
    TestServer.Answer path =
        asAdmin(
            "dgxx", "rename", "{\"name\": {\"fr\": \"X\"}, \"from\": \"2025-09-01\"}", "\"v1\"");

    // then
    JsonNode problem = named.problem(422, "change-refused");
    assertThat(problem.path("reason").asText()).isEqualTo("unknown-unit");
    assertThat(problem.path("detail").asText()).contains("there is no unit 'dgxx'");
    path.problem(404, "unknown-id");
    nothingChanged("dpsv");
  }

  @Test
  void a_successor_not_alive_on_the_day_is_unprocessable() {
    // given a cell established on 1 January 2026
    server.post(
        "/api/v1/units",
        "application/json",
        "{\"id\": \"cellule-a\", \"parent\": \"dgas\", \"from\": \"2026-01-01\","
            + " \"kind\": \"cell\", \"name\": {\"fr\": \"Cellule A\"}}",
        "Authorization",
        TestServer.bearer(server.admin));

    // when the DPA is split into it and the DPPH on 1 September 2025
    TestServer.Answer answer =
        asAdmin(
            "dpa",
            "split",
            "{\"into\": [\"dpph\", \"cellule-a\"], \"from\": \"2025-09-01\"}",
            "\"v1\"");

    // then
    JsonNode problem = answer.problem(422, "change-refused");
    assertThat(problem.path("reason").asText()).isEqualTo("not-alive");
    assertThat(problem.path("detail").asText())
        .contains("unit 'cellule-a' does not exist on 2025-09-01");
    assertThat(server.changes()).hasSize(1);
    assertThat(server.get("/api/v1/units/dpa").header("ETag")).isEqualTo("\"v1\"");
  }

  @Test
  void a_split_into_one_unit_or_a_merge_of_one_is_unprocessable_with_the_domains_reason() {
    // when
    TestServer.Answer split =
        asAdmin("dpa", "split", "{\"into\": [\"dpph\"], \"from\": \"2025-09-01\"}", "\"v1\"");
    TestServer.Answer merge =
        asAdmin("dpsv", "merge", "{\"units\": [\"daed\"], \"from\": \"2025-09-01\"}", "\"v1\"");

    // then
    JsonNode problem = split.problem(422, "change-refused");
    assertThat(problem.path("reason").asText()).isEqualTo("restructuring-invalid");
    assertThat(problem.path("detail").asText()).contains("a split gives two successors or more");
    assertThat(merge.problem(422, "change-refused").path("detail").asText())
        .contains("a merge joins two units or more");
    nothingChanged("dpa", "dpph", "dpsv", "daed");
  }

  @Test
  void units_left_under_a_unit_that_ends_are_a_conflict() {
    // when the DGPE, which holds the DPSV and the DAED, is merged into the DGAS
    TestServer.Answer answer =
        asAdmin(
            "dgas",
            "merge",
            "{\"units\": [\"dgas\", \"dgpe\"], \"from\": \"2025-09-01\"}",
            "\"v1\"");

    // then
    JsonNode problem = answer.problem(409, "change-conflict");
    assertThat(problem.path("reason").asText()).isEqualTo("living-children");
    assertThat(problem.path("detail").asText())
        .contains("'dpsv', 'daed' would still sit under 'dgpe' after 2025-08-31");
    nothingChanged("dgas", "dgpe");
  }

  @Test
  void a_restructuring_that_a_later_one_of_the_record_would_not_survive_is_a_conflict() {
    // given the DAED renamed from 1 December 2025
    TestServer.Answer renamed =
        asAdmin(
            "daed",
            "rename",
            "{\"name\": {\"fr\": \"Direction de l’enfance en difficulté\"},"
                + " \"from\": \"2025-12-01\"}",
            "\"v1\"");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

    // when it is merged into the DPSV from 1 September, before its renaming
    TestServer.Answer answer =
        asAdmin(
            "dpsv",
            "merge",
            "{\"units\": [\"dpsv\", \"daed\"], \"from\": \"2025-09-01\"}",
            "\"v1\"");

    // then
    JsonNode problem = answer.problem(409, "change-conflict");
    assertThat(problem.path("reason").asText()).isEqualTo("restructuring-refused");
    assertThat(problem.path("detail").asText())
        .contains("the merge would leave the record's restructurings unable to take effect")
        .contains("unit 'daed' does not exist on 2025-11-30");
    assertThat(server.get("/api/v1/units/dpsv").header("ETag")).isEqualTo("\"v1\"");
    assertThat(server.get("/api/v1/units/daed").header("ETag")).isEqualTo("\"v2\"");
    assertThat(server.get("/api/v1/units/daed?asOf=2025-10-01").json().path("inForce").asBoolean())
        .isTrue();
    assertThat(server.changes()).hasSize(1);
  }

  @Test
  void an_editor_is_forbidden_a_restructuring_naming_a_unit_outside_its_subtree() {
    // given
    String editorOfDgas = TestServer.bearer(server.editorOfDgas);

    // when the editor of the DGAS merges the DPSV into the DPA, and splits the DPA into the DPPH
    // and the DAED
    TestServer.Answer merge =
        act(
            "dpa",
            "merge",
            "{\"units\": [\"dpa\", \"dpsv\"], \"from\": \"2025-09-01\"}",
            "Authorization",
            editorOfDgas,
            "If-Match",
            "\"v1\"");
    TestServer.Answer split =
        act(
            "dpa",
            "split",
            "{\"into\": [\"dpph\", \"daed\"], \"from\": \"2025-09-01\"}",
            "Authorization",
            editorOfDgas,
            "If-Match",
            "\"v1\"");

    // then
    assertThat(merge.problem(403, "forbidden").path("detail").asText())
        .contains("point-focal-dgas may change only unit 'dgas'")
        .contains("the merge names 'dpsv', which lies outside them");
    assertThat(split.problem(403, "forbidden").path("detail").asText())
        .contains("the split names 'daed', which lies outside them");
    nothingChanged("dpa", "dpph", "dpsv", "daed");
  }

  @Test
  void a_stale_or_missing_if_match_of_the_unit_in_the_path_is_refused() {
    // when
    TestServer.Answer stale =
        asAdmin(
            "dpsv",
            "merge",
            "{\"units\": [\"dpsv\", \"daed\"], \"from\": \"2025-09-01\"}",
            "\"v2\"");
    TestServer.Answer missing =
        act(
            "dpsv",
            "rename",
            "{\"name\": {\"fr\": \"X\"}, \"from\": \"2025-09-01\"}",
            "Authorization",
            TestServer.bearer(server.admin));

    // then
    assertThat(stale.problem(412, "version-conflict").path("currentVersion").asLong()).isEqualTo(1);
    missing.problem(428, "precondition-required");
    nothingChanged("dpsv", "daed");
  }

  @Test
  void a_body_holds_only_the_fields_of_its_restructuring_each_mistake_at_its_pointer() {
    // when
    TestServer.Answer merge =
        asAdmin(
            "dpsv",
            "merge",
            "{\"units\": [\"dpsv\", \"DAED\"], \"from\": \"2025-09-01\", \"into\": \"dpsv\","
                + " \"commitments\": {\"dpsv\": [\"Fixture DPSV\"]},"
                + " \"attributions\": {\"dgpe\": [0, \"daed/x\"]}, \"basis\": \" \"}",
            "\"v1\"");
    TestServer.Answer rename =
        asAdmin(
            "dpsv",
            "rename",
            "{\"name\": \"Direction\", \"from\": \"2025-09-01\", \"parent\": \"dgas\"}",
            "\"v1\"");

    // then
    assertThat(CreatingAUnitOverHttpTest.pointers(merge.problem(400, "invalid-body")))
        .containsExactlyInAnyOrder(
            "/into",
            "/commitments/dpsv/0",
            "/units/1",
            "/attributions/dgpe/0",
            "/attributions/dgpe/1",
            "/basis");
    assertThat(merge.json().path("errors").toString())
        .contains("is not a commitment id")
        .contains("a merge ends several units: write UNIT/INDEX");
    assertThat(CreatingAUnitOverHttpTest.pointers(rename.problem(400, "invalid-body")))
        .containsExactlyInAnyOrder("/name", "/parent");
    nothingChanged("dpsv");
  }
}
