package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.adapter.rest.CreatingAUnitOverHttpTest.pointers;

import com.fasterxml.jackson.databind.JsonNode;
import org.civitas.application.port.out.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PATCH /api/v1/units/{id}: a JSON merge patch (RFC 7396) of what a unit says of itself, against
 * its ETag. The Togolese ministry carries a territory; the DPA has no acronym (the seed gives none:
 * the ones below are a test's).
 */
@OnEveryStore
class PatchingAUnitOverHttpTest {

  private static final String MERGE_PATCH = "application/merge-patch+json";

  private final TestServer server;

  PatchingAUnitOverHttpTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestServer.Answer patch(String id, String body, String etag) {
    return server.patch(
        "/api/v1/units/" + id,
        MERGE_PATCH,
        body,
        "Authorization",
        TestServer.bearer(server.admin),
        "If-Match",
        etag);
  }

  @Test
  void a_member_set_replaces_an_object_merges_and_null_removes() {
    // given
    JsonNode before = server.get("/api/v1/units/masspf").json();

    // when
    TestServer.Answer answer =
        patch(
            "masspf",
            "{\"acronym\": \"MASSPF\", \"name\": {\"en\": \"Ministry of Social Action\"},"
                + " \"territory\": null, \"staff\": 120}",
            "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v2\"");
    assertThat(answer.header("Content-Location")).isEqualTo("/api/v1/units/masspf");
    JsonNode unit = answer.json();
    assertThat(unit.path("acronym").asText()).isEqualTo("MASSPF");
    assertThat(unit.path("staff").asInt()).isEqualTo(120);
    assertThat(unit.has("territory")).isFalse();
    assertThat(unit.path("name").path("fr")).isEqualTo(before.path("name").path("fr"));
    assertThat(unit.path("name").path("en").asText()).isEqualTo("Ministry of Social Action");
    assertThat(unit.path("mandate")).as("left as it was").isEqualTo(before.path("mandate"));
    assertThat(unit.path("children")).isEqualTo(before.path("children"));
    assertThat(unit.path("version").asLong()).isEqualTo(2);
    AuditEntry entry = server.changes().get(0);
    assertThat(entry.actor()).isEqualTo("dsi-masspf");
    assertThat(entry.action()).isEqualTo("unit.update");
    assertThat(entry.subject()).isEqualTo("unit/masspf");
    assertThat(entry.before().orElseThrow())
        .contains("acronym: none")
        .contains("territory: national Togo");
    assertThat(entry.after().orElseThrow()).contains("acronym: MASSPF").contains("territory: none");
  }

  @Test
  void a_patch_that_changes_nothing_keeps_the_version_and_writes_no_entry() {
    // when
    TestServer.Answer answer = patch("dpa", "{\"kind\": \"directorate\"}", "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v1\"");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void a_client_cannot_set_the_version_the_place_or_a_derived_figure() {
    // when
    TestServer.Answer answer =
        patch(
            "dpa",
            "{\"version\": 9, \"id\": \"dpa2\", \"parent\": \"dgpe\", \"lifetime\": {},"
                + " \"rollUp\": {\"commitments\": 5}, \"inForce\": false, \"actor\": \"dsi\","
                + " \"acronym\": \"DPA\"}",
            "\"v1\"");

    // then
    JsonNode problem = answer.problem(400, "invalid-body");
    assertThat(pointers(problem))
        .containsExactly(
            "/version", "/id", "/parent", "/lifetime", "/rollUp", "/inForce", "/actor");
    assertThat(problem.path("errors").get(6).path("detail").asText())
        .contains("is not a field of this change");
    assertThat(problem.path("errors").get(0).path("detail").asText()).contains("set by the server");
    assertThat(problem.path("errors").get(2).path("detail").asText())
        .contains("POST /api/v1/units/{id}/move");
    assertThat(server.get("/api/v1/units/dpa").header("ETag")).isEqualTo("\"v1\"");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void a_required_property_cannot_be_removed_and_a_wrong_value_is_refused_at_its_pointer() {
    // when
    TestServer.Answer answer =
        patch(
            "dpa",
            "{\"name\": null, \"staff\": -2, \"posts\": [{\"title\": {\"fr\": \"Directeur\"},"
                + " \"role\": \"chef\"}], \"links\": {}}",
            "\"v1\"");

    // then
    JsonNode problem = answer.problem(400, "invalid-body");
    assertThat(pointers(problem))
        .containsExactlyInAnyOrder("/name", "/staff", "/posts/0/role", "/links");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void a_patch_needs_the_merge_patch_media_type_and_the_etag() {
    // when
    TestServer.Answer json =
        server.patch(
            "/api/v1/units/dpa",
            "application/json",
            "{\"acronym\": \"DPA\"}",
            "Authorization",
            TestServer.bearer(server.admin),
            "If-Match",
            "\"v1\"");
    TestServer.Answer noEtag =
        server.patch(
            "/api/v1/units/dpa",
            MERGE_PATCH,
            "{\"acronym\": \"DPA\"}",
            "Authorization",
            TestServer.bearer(server.admin));
    TestServer.Answer first = patch("dpa", "{\"acronym\": \"DPA\"}", "\"v1\"");
    TestServer.Answer stale = patch("dpa", "{\"acronym\": \"D.P.A.\"}", "\"v1\"");

    // then
    assertThat(json.problem(415, "unsupported-media-type").path("detail").asText())
        .contains(MERGE_PATCH);
    noEtag.problem(428, "precondition-required");
    assertThat(first.status()).isEqualTo(200);
    JsonNode conflict = stale.problem(412, "version-conflict");
    assertThat(conflict.path("currentVersion").asLong()).isEqualTo(2);
    assertThat(server.get("/api/v1/units/dpa").json().path("acronym").asText()).isEqualTo("DPA");
    assertThat(server.changes()).hasSize(1);
  }

  @Test
  void an_unknown_unit_is_not_found_and_a_link_to_one_is_unprocessable() {
    // when
    TestServer.Answer unknown = patch("dpx", "{\"acronym\": \"DPX\"}", "\"v1\"");
    TestServer.Answer linked =
        patch("dpa", "{\"links\": [{\"type\": \"coordinates\", \"unit\": \"dpx\"}]}", "\"v1\"");

    // then
    unknown.problem(404, "unknown-id");
    JsonNode problem = linked.problem(422, "change-refused");
    assertThat(problem.path("findings").get(0).path("path").asText()).isEqualTo("/links/0/unit");
    assertThat(problem.path("findings").get(0).path("message").asText()).contains("dpx");
  }
}
