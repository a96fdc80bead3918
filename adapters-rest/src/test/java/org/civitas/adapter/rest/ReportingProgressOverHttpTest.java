package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civitas.application.port.out.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/v1/commitments/{id}/activities/{activityId}/progress} and {@code POST
 * …/indicators/{indicatorId}/measurements}: against the ETag read, with a body that holds only what
 * the change takes.
 */
@OnEveryStore
class ReportingProgressOverHttpTest {

  private static final String SUIVI = "/api/v1/commitments/upe/activities/suivi-appui-upe/progress";
  private static final String RAPPORTS =
      "/api/v1/commitments/upe/indicators/rapports-publies/measurements";
  private static final String REPORT =
      "{\"progress\": 35, \"status\": \"in-progress\", \"note\": \"rapport semestriel\"}";

  private final TestServer server;
  private final String token;

  ReportingProgressOverHttpTest(Store store) {
    server = TestServer.start(store);
    token = TestServer.bearer(server.editorOfMsisf);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_report_against_the_etag_read_is_stored_under_the_next_version() {
    // given
    String etag = server.get("/api/v1/commitments/upe").header("ETag");

    // when
    TestServer.Answer answer = server.put(SUIVI, REPORT, "Authorization", token, "If-Match", etag);

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v2\"");
    assertThat(answer.header("Content-Location")).isEqualTo("/api/v1/commitments/upe");
    JsonNode upe = answer.json();
    assertThat(upe.path("version").asLong()).isEqualTo(2);
    assertThat(upe.path("activities").get(0).path("progress").asDouble()).isEqualTo(35.0);
    assertThat(upe.path("progress").asDouble()).isEqualTo(37.5);
    assertThat(server.get("/api/v1/commitments/upe").header("ETag")).isEqualTo("\"v2\"");
  }

  @Test
  void the_audit_log_names_the_token_s_subject() {
    // when
    server.put(SUIVI, REPORT, "Authorization", token, "If-Match", "\"v1\"");

    // then
    AuditEntry entry = server.changes().get(0);
    assertThat(entry.actor()).isEqualTo("point-focal-msisf");
    assertThat(entry.subject()).isEqualTo("commitment/upe/activity/suivi-appui-upe");
    assertThat(entry.before()).contains("in-progress, 30%");
    assertThat(entry.after()).contains("in-progress, 35%");
    assertThat(entry.note()).isEqualTo(Optional.of("rapport semestriel"));
  }

  @Test
  void a_report_without_if_match_is_refused_as_precondition_required() {
    // when
    TestServer.Answer answer = server.put(SUIVI, REPORT, "Authorization", token);

    // then
    assertThat(answer.problem(428, "precondition-required").path("detail").asText())
        .contains("If-Match");
    assertThat(server.get("/api/v1/commitments/upe").header("ETag")).isEqualTo("\"v1\"");
  }

  @Test
  void if_match_any_is_refused_as_it_would_lose_changes() {
    // when
    TestServer.Answer answer = server.put(SUIVI, REPORT, "Authorization", token, "If-Match", "*");

    // then
    answer.problem(428, "precondition-required");
  }

  @Test
  void a_report_against_a_stale_etag_is_refused_and_changes_nothing() {
    // given someone else reported since v1 was read
    server.put(SUIVI, REPORT, "Authorization", token, "If-Match", "\"v1\"");

    // when
    TestServer.Answer answer =
        server.put(
            SUIVI,
            "{\"progress\": 90, \"status\": \"in-progress\"}",
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    JsonNode problem = answer.problem(412, "version-conflict");
    assertThat(problem.path("expectedVersion").asLong()).isEqualTo(1);
    assertThat(problem.path("currentVersion").asLong()).isEqualTo(2);
    assertThat(
            server
                .get("/api/v1/commitments/upe")
                .json()
                .path("activities")
                .get(0)
                .path("progress")
                .asDouble())
        .isEqualTo(35.0);
  }

  @Test
  void an_etag_that_names_no_version_cannot_match() {
    // when
    TestServer.Answer weak =
        server.put(SUIVI, REPORT, "Authorization", token, "If-Match", "W/\"v1\"");
    TestServer.Answer hash =
        server.put(SUIVI, REPORT, "Authorization", token, "If-Match", "\"hAbC\"");

    // then
    weak.problem(412, "version-conflict");
    hash.problem(412, "version-conflict");
  }

  @Test
  void a_client_cannot_set_the_version_or_a_derived_figure() {
    // when
    TestServer.Answer answer =
        server.put(
            SUIVI,
            "{\"progress\": 35, \"status\": \"in-progress\", \"version\": 7,"
                + " \"expectedProgress\": 35, \"state\": \"on-track\"}",
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    JsonNode problem = answer.problem(400, "invalid-body");
    assertThat(pointers(problem)).containsExactly("/version", "/expectedProgress", "/state");
    assertThat(problem.path("errors").get(0).path("detail").asText()).contains("set by the server");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void an_unknown_field_is_refused_not_ignored() {
    // when
    TestServer.Answer answer =
        server.put(
            SUIVI,
            "{\"progress\": 35, \"status\": \"in-progress\", \"progres\": 40}",
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    assertThat(pointers(answer.problem(400, "invalid-body"))).containsExactly("/progres");
  }

  @Test
  void missing_and_mistyped_fields_are_all_reported_at_once() {
    // when
    TestServer.Answer answer =
        server.put(SUIVI, "{\"progress\": \"35\"}", "Authorization", token, "If-Match", "\"v1\"");

    // then
    JsonNode problem = answer.problem(400, "invalid-body");
    assertThat(pointers(problem)).containsExactly("/progress", "/status");
  }

  @Test
  void an_unknown_status_is_refused_with_the_ones_known() {
    // when
    TestServer.Answer answer =
        server.put(
            SUIVI,
            "{\"progress\": 35, \"status\": \"en-cours\"}",
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    assertThat(answer.problem(400, "invalid-body").path("detail").asText()).contains("in-progress");
  }

  @Test
  void a_progress_outside_0_to_100_is_refused_by_the_rules() {
    // when
    TestServer.Answer answer =
        server.put(
            SUIVI,
            "{\"progress\": 135, \"status\": \"in-progress\"}",
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    assertThat(answer.problem(400, "invalid-value").path("code").asText()).isEqualTo("value.range");
  }

  @Test
  void malformed_json_is_refused_with_where_reading_stopped() {
    // when
    TestServer.Answer answer =
        server.put(
            SUIVI,
            "{\"progress\": 35,\n \"status\": }",
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    JsonNode problem = answer.problem(400, "malformed-body");
    assertThat(problem.path("line").asInt()).isEqualTo(2);
    assertThat(problem.path("column").asInt()).isEqualTo(12);
  }

  @Test
  void a_body_that_is_not_an_object_is_refused() {
    // when
    TestServer.Answer answer =
        server.put(SUIVI, "[35]", "Authorization", token, "If-Match", "\"v1\"");

    // then
    answer.problem(400, "invalid-body");
  }

  @Test
  void a_body_that_is_not_json_is_an_unsupported_media_type() {
    // when
    TestServer.Answer answer =
        server.send(
            server
                .request(SUIVI, "Authorization", token, "If-Match", "\"v1\"")
                .header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("35"))
                .build());

    // then
    assertThat(answer.problem(415, "unsupported-media-type").path("detail").asText())
        .contains("application/json");
  }

  @Test
  void an_unknown_activity_is_not_found() {
    // when
    TestServer.Answer answer =
        server.put(
            "/api/v1/commitments/upe/activities/nope/progress",
            REPORT,
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    assertThat(answer.problem(404, "unknown-id").path("kind").asText()).isEqualTo("activity");
  }

  @Test
  void a_measurement_is_added_to_its_indicator_under_the_next_version() {
    // when
    TestServer.Answer answer =
        server.post(
            RAPPORTS,
            "application/json",
            "{\"date\": \"2025-06\", \"value\": 3, \"note\": \"rapports du semestre\"}",
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v2\"");
    JsonNode rapports = answer.json().path("indicators").get(0);
    assertThat(rapports.path("measurements")).hasSize(1);
    assertThat(rapports.path("latest").path("value").asInt()).isEqualTo(3);
    assertThat(server.changes().get(0).action()).isEqualTo("indicator.measurement");
  }

  @Test
  void a_measurement_cannot_set_the_achievement_and_needs_a_real_date() {
    // when
    TestServer.Answer answer =
        server.post(
            RAPPORTS,
            "application/json",
            "{\"date\": \"2025-13\", \"value\": 3, \"achievement\": 100}",
            "Authorization",
            token,
            "If-Match",
            "\"v1\"");

    // then
    assertThat(pointers(answer.problem(400, "invalid-body")))
        .containsExactly("/achievement", "/date");
  }

  @Test
  void a_measurement_without_if_match_is_refused() {
    // when
    TestServer.Answer answer =
        server.post(
            RAPPORTS,
            "application/json",
            "{\"date\": \"2025\", \"value\": 3}",
            "Authorization",
            token);

    // then
    answer.problem(428, "precondition-required");
  }

  private static List<String> pointers(JsonNode problem) {
    List<String> pointers = new ArrayList<>();
    problem.path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
    return pointers;
  }
}
