package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Object-level authorization (OWASP API1): an editor changes only the commitments its scope unit or
 * a unit below it leads. Function-level (API5): only an administrator imports a dataset. The DPA
 * sits under the DGAS, the DPSV under the DGPE.
 */
@OnEveryStore
class AnEditorChangesOnlyItsSubtreeTest {

  private static final String DPA = "/api/v1/commitments/fixture-dpa/activities/etape/progress";
  private static final String DPSV = "/api/v1/commitments/fixture-dpsv/activities/etape/progress";
  private static final String REPORT = "{\"progress\": 35, \"status\": \"in-progress\"}";

  private final TestServer server;

  AnEditorChangesOnlyItsSubtreeTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void an_editor_of_the_dgas_reports_on_the_commitment_the_dpa_leads() {
    // when
    TestServer.Answer answer =
        server.put(
            DPA,
            REPORT,
            "Authorization",
            TestServer.bearer(server.editorOfDgas),
            "If-Match",
            "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(server.changes().get(0).actor()).isEqualTo("point-focal-dgas");
  }

  @Test
  void an_editor_of_the_dgas_cannot_change_the_commitment_the_dpsv_leads() {
    // when
    TestServer.Answer answer =
        server.put(
            DPSV,
            REPORT,
            "Authorization",
            TestServer.bearer(server.editorOfDgas),
            "If-Match",
            "\"v1\"");

    // then
    assertThat(answer.problem(403, "forbidden").path("detail").asText())
        .contains("'dgas'")
        .contains("'dpsv'");
    assertThat(server.get("/api/v1/commitments/fixture-dpsv").header("ETag")).isEqualTo("\"v1\"");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void an_editor_cannot_record_a_measurement_on_another_ministry_s_commitment() {
    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/commitments/upe/indicators/rapports-publies/measurements",
            "application/json",
            "{\"date\": \"2025-06\", \"value\": 3}",
            "Authorization",
            TestServer.bearer(server.editorOfDgpe),
            "If-Match",
            "\"v1\"");

    // then
    answer.problem(403, "forbidden");
  }

  @Test
  void an_administrator_changes_any_commitment() {
    // when
    TestServer.Answer answer =
        server.put(
            DPSV, REPORT, "Authorization", TestServer.bearer(server.admin), "If-Match", "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void an_editor_cannot_import_a_dataset() {
    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/dataset/import",
            "application/yaml",
            TestServer.example("benin-sg.yaml"),
            "Authorization",
            TestServer.bearer(server.editorOfDgas),
            "If-Match",
            "*");

    // then
    assertThat(answer.problem(403, "forbidden").path("detail").asText())
        .contains("only an administrator may import a dataset");
    assertThat(server.get("/api/v1/units/dgas").status()).isEqualTo(200);
  }
}
