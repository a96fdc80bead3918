package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Object-level authorization of the structure (OWASP API1): an editor of the DGAS creates, changes,
 * moves, renames, merges, splits and dissolves only units of the DGAS's subtree, and cannot take a
 * unit of it out under a unit outside, nor bring one in. The DPA sits under the DGAS, the DPSV
 * under the DGPE.
 */
@OnEveryStore
class AnEditorChangesOnlyUnitsOfItsSubtreeTest {

  private final TestServer server;

  AnEditorChangesOnlyUnitsOfItsSubtreeTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String editor() {
    return TestServer.bearer(server.editorOfDgas);
  }

  @Test
  void an_editor_of_the_dgas_cannot_touch_a_unit_of_the_dgpe() {
    // when
    TestServer.Answer create =
        server.post(
            "/api/v1/units",
            "application/json",
            "{\"id\": \"cellule-x\", \"parent\": \"dpsv\", \"from\": \"2025-07-01\","
                + " \"kind\": \"cell\", \"name\": {\"fr\": \"Cellule\"}}",
            "Authorization",
            editor());
    TestServer.Answer patch =
        server.patch(
            "/api/v1/units/dpsv",
            "application/merge-patch+json",
            "{\"acronym\": \"DPSV\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");
    TestServer.Answer move =
        server.post(
            "/api/v1/units/dpsv/move",
            "application/json",
            "{\"parent\": \"dgas\", \"from\": \"2025-07-01\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");
    TestServer.Answer dissolve =
        server.post(
            "/api/v1/units/dpsv/dissolve",
            "application/json",
            "{\"on\": \"2025-07-01\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");
    TestServer.Answer rename =
        server.post(
            "/api/v1/units/dpsv/rename",
            "application/json",
            "{\"name\": {\"fr\": \"Direction\"}, \"from\": \"2025-07-01\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");
    TestServer.Answer merge =
        server.post(
            "/api/v1/units/dpsv/merge",
            "application/json",
            "{\"units\": [\"dpsv\", \"daed\"], \"from\": \"2025-07-01\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");
    TestServer.Answer split =
        server.post(
            "/api/v1/units/dpsv/split",
            "application/json",
            "{\"into\": [\"dpa\", \"dpph\"], \"from\": \"2025-07-01\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");

    // then
    assertThat(create.problem(403, "forbidden").path("detail").asText())
        .contains("point-focal-dgas may change only unit 'dgas'")
        .contains("'dpsv'");
    patch.problem(403, "forbidden");
    move.problem(403, "forbidden");
    dissolve.problem(403, "forbidden");
    rename.problem(403, "forbidden");
    merge.problem(403, "forbidden");
    split.problem(403, "forbidden");
    assertThat(server.get("/api/v1/units/dpsv").header("ETag")).isEqualTo("\"v1\"");
    assertThat(server.get("/api/v1/units/cellule-x").status()).isEqualTo(404);
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void an_editor_cannot_move_a_unit_of_its_subtree_under_a_unit_outside_it() {
    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/units/dpa/move",
            "application/json",
            "{\"parent\": \"dgpe\", \"from\": \"2025-07-01\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");

    // then
    assertThat(answer.problem(403, "forbidden").path("detail").asText())
        .contains("'dpa' would move under 'dgpe', which lies outside them");
    assertThat(server.get("/api/v1/units/dpa").json().path("parent").asText()).isEqualTo("dgas");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void an_editor_changes_the_units_of_its_subtree_under_its_own_name() {
    // when
    TestServer.Answer moved =
        server.post(
            "/api/v1/units/dpph/move",
            "application/json",
            "{\"parent\": \"dpa\", \"from\": \"2025-07-01\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");

    // then
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(server.changes().get(0).actor()).isEqualTo("point-focal-dgas");
  }

  @Test
  void an_editor_restructures_the_units_of_its_subtree_under_its_own_name() {
    // when the editor of the DGAS merges the DPPH into the DPA
    TestServer.Answer merged =
        server.post(
            "/api/v1/units/dpa/merge",
            "application/json",
            "{\"units\": [\"dpa\", \"dpph\"], \"from\": \"2025-07-01\"}",
            "Authorization",
            editor(),
            "If-Match",
            "\"v1\"");

    // then
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    assertThat(server.changes().get(0).action()).isEqualTo("unit.merge");
    assertThat(server.changes().get(0).actor()).isEqualTo("point-focal-dgas");
  }

  @Test
  void an_editor_cannot_create_a_unit_at_the_top() {
    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/units",
            "application/json",
            "{\"id\": \"ministere-x\", \"from\": \"2025-07-01\", \"kind\": \"ministry\","
                + " \"name\": {\"fr\": \"Ministère\"}}",
            "Authorization",
            editor());

    // then
    assertThat(answer.problem(403, "forbidden").path("detail").asText())
        .contains("only an administrator may create a unit at the top");
  }
}
