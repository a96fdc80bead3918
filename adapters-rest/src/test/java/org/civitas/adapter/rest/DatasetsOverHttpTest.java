package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dataset documents checked, exported and imported whole over HTTP. */
@OnEveryStore
class DatasetsOverHttpTest {

  private static final String UNKNOWN_PARENT =
      """
      civitas: 1
      language: fr
      units:
        - id: sg
          kind: general-secretariat
          name: Secrétariat général
          parent: ministere
      """;

  private final TestServer server;

  DatasetsOverHttpTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_document_without_error_is_valid_with_its_warnings_and_notes() {
    // when (examples/README.md: maroc-upe.yaml gives 2 warnings and 4 infos)
    TestServer.Answer answer =
        server.post(
            "/api/v1/dataset/validate", "application/yaml", TestServer.example("maroc-upe.yaml"));

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode report = answer.json();
    assertThat(report.path("valid").asBoolean()).isTrue();
    assertThat(report.path("counts").path("error").asInt()).isZero();
    assertThat(report.path("counts").path("warning").asInt()).isEqualTo(2);
    assertThat(report.path("counts").path("info").asInt()).isEqualTo(4);
    JsonNode placeholder = report.path("findings").get(0);
    assertThat(placeholder.path("code").asText()).isEqualTo("date.placeholder");
    assertThat(placeholder.path("severity").asText()).isEqualTo("warning");
    assertThat(placeholder.path("path").asText()).isEqualTo("/commitments/0/period/start");
    assertThat(placeholder.path("line").asInt()).isEqualTo(64);
    assertThat(placeholder.path("message").asText()).isNotBlank();
  }

  @Test
  void a_document_with_an_error_is_refused_with_every_finding_in_place() {
    // when
    TestServer.Answer answer =
        server.post("/api/v1/dataset/validate", "application/yaml", UNKNOWN_PARENT);

    // then
    JsonNode problem = answer.problem(422, "dataset-refused");
    assertThat(problem.path("counts").path("error").asInt()).isEqualTo(1);
    JsonNode finding = problem.path("findings").get(0);
    assertThat(finding.path("code").asText()).isEqualTo("ref.unknown");
    assertThat(finding.path("severity").asText()).isEqualTo("error");
    assertThat(finding.path("path").asText()).isEqualTo("/units/0/parent");
    assertThat(finding.path("line").asInt()).isEqualTo(7);
    assertThat(finding.path("message").asText()).contains("ministere");
  }

  @Test
  void a_json_document_is_read_as_json() {
    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/dataset/validate",
            "application/json; charset=utf-8",
            "{\"civitas\": 1, \"language\": \"fr\", \"units\": [{\"id\": \"x\","
                + " \"kind\": \"ministry\", \"name\": \"X\", \"colour\": \"red\"}]}");

    // then
    JsonNode finding = answer.problem(422, "dataset-refused").path("findings").get(0);
    assertThat(finding.path("code").asText()).isEqualTo("field.unknown");
    assertThat(finding.path("path").asText()).isEqualTo("/units/0/colour");
  }

  @Test
  void a_document_of_another_media_type_is_refused() {
    // when
    TestServer.Answer answer =
        server.post("/api/v1/dataset/validate", "text/csv", "id,kind\nsg,ministry\n");

    // then
    assertThat(answer.problem(415, "unsupported-media-type").path("detail").asText())
        .contains("application/yaml");
  }

  @Test
  void the_export_reads_back_and_an_administrator_imports_it_against_its_etag() {
    // given
    TestServer.Answer export = server.get("/api/v1/dataset/export?format=json");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type")).startsWith("application/json");
    assertThat(export.header("Content-Disposition")).contains("civitas.json");

    // when
    TestServer.Answer imported =
        server.post(
            "/api/v1/dataset/import",
            "application/json",
            export.body(),
            "Authorization",
            TestServer.bearer(server.admin),
            "If-Match",
            export.header("ETag"));

    // then
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonNode report = imported.json();
    assertThat(report.path("units").asInt()).isEqualTo(39);
    assertThat(report.path("strategies").asInt()).isEqualTo(2);
    assertThat(report.path("commitments").asInt()).isEqualTo(3);
    assertThat(server.changes().get(0).actor()).isEqualTo("dsi-masspf");
    assertThat(server.get("/api/v1/dataset/export?format=json").body()).isEqualTo(export.body());
  }

  @Test
  void the_export_is_yaml_unless_json_is_asked() {
    // when
    TestServer.Answer export = server.get("/api/v1/dataset/export");
    TestServer.Answer other = server.get("/api/v1/dataset/export?format=csv");

    // then
    assertThat(export.header("Content-Type")).startsWith("application/yaml");
    assertThat(export.body()).startsWith("civitas: 1");
    other.problem(400, "invalid-parameter");
  }

  @Test
  void an_import_needs_if_match() {
    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/dataset/import",
            "application/yaml",
            TestServer.example("benin-sg.yaml"),
            "Authorization",
            TestServer.bearer(server.admin));

    // then
    answer.problem(428, "precondition-required");
  }

  @Test
  void an_import_against_an_export_that_is_no_longer_current_is_refused() {
    // given an export, then a change
    String etag = server.get("/api/v1/dataset/export").header("ETag");
    server.put(
        "/api/v1/commitments/upe/activities/suivi-appui-upe/progress",
        "{\"progress\": 35, \"status\": \"in-progress\"}",
        "Authorization",
        TestServer.bearer(server.admin),
        "If-Match",
        "\"v1\"");

    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/dataset/import",
            "application/yaml",
            TestServer.example("benin-sg.yaml"),
            "Authorization",
            TestServer.bearer(server.admin),
            "If-Match",
            etag);

    // then
    answer.problem(412, "version-conflict");
    assertThat(server.get("/api/v1/units/dgas").status()).isEqualTo(200);
  }

  @Test
  void an_import_with_an_error_stores_nothing() {
    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/dataset/import",
            "application/yaml",
            UNKNOWN_PARENT,
            "Authorization",
            TestServer.bearer(server.admin),
            "If-Match",
            "*");

    // then
    assertThat(answer.problem(422, "dataset-refused").path("findings")).hasSize(1);
    assertThat(server.get("/api/v1/units/dgas").status()).isEqualTo(200);
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void an_import_against_any_record_replaces_it() {
    // when
    TestServer.Answer answer =
        server.post(
            "/api/v1/dataset/import",
            "application/yaml",
            TestServer.example("benin-sg.yaml"),
            "Authorization",
            TestServer.bearer(server.admin),
            "If-Match",
            "*");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("units").asInt()).isEqualTo(5);
    server.get("/api/v1/units/dgas").problem(404, "unknown-id");
  }
}
