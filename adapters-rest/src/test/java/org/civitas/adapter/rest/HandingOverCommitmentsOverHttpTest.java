package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.civitas.application.port.out.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/units/{id}/merge, /split and /dissolve hand over commitments, strategies and actions
 * as a dataset's restructuring does, and each is filed in the audit log under every unit it names.
 * In the Togolese ministry the DGPE holds the DPSV and the DAED, the DGAS the DPA; the DPSV leads
 * the fixture's commitment fixture-dpsv (every restructuring below is made up).
 */
@OnEveryStore
class HandingOverCommitmentsOverHttpTest {

  private static final String COMMITMENT = "/api/v1/commitments/fixture-dpsv";

  /** A record of its own, imported over HTTP: the DAED, leading a commitment, merged in 2025. */
  private static final String HANDED_OVER =
      """
      civitas: 1
      language: fr
      units:
        - {id: dgpe, kind: general-directorate, name: Direction générale de la protection de l’enfance}
        - {id: dgas, kind: general-directorate, name: Direction générale de l’action sociale}
        - {id: dpsv, kind: directorate, parent: dgpe, name: Direction de la prévention}
        - {id: daed, kind: directorate, parent: dgpe, name: Direction d’assistance à l’enfant}
      commitments:
        - {id: engagement-daed, title: Engagement d'essai de la DAED, lead: daed,
           period: {start: 2025-01, end: 2025-12}}
      restructurings:
        - {type: merge, units: [daed, dpsv], into: dpsv, date: 2025-01-01,
           commitments: {dgas: [engagement-daed]}}
      """;

  private final TestServer server;

  HandingOverCommitmentsOverHttpTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestServer.Answer act(String id, String action, String body, String etag) {
    return server.post(
        "/api/v1/units/" + id + "/" + action,
        "application/json",
        body,
        "Authorization",
        TestServer.bearer(server.admin),
        "If-Match",
        etag);
  }

  private JsonNode audit(String subject, String token) {
    TestServer.Answer answer =
        server.get("/api/v1/audit?subject=" + subject, "Authorization", TestServer.bearer(token));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().path("items");
  }

  @Test
  void a_merge_hands_a_commitment_to_a_unit_that_is_not_its_successor() {
    // when the DPSV is merged into the DAED, its commitment given to the DGAS
    TestServer.Answer answer =
        act(
            "daed",
            "merge",
            "{\"units\": [\"dpsv\", \"daed\"], \"from\": \"2025-09-01\","
                + " \"commitments\": {\"dgas\": [\"fixture-dpsv\"]}}",
            "\"v1\"");

    // then the DGAS leads it from the day of the merge, the DPSV until then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(server.get(COMMITMENT + "?asOf=2025-08-31").json().path("lead").asText())
        .isEqualTo("dpsv");
    JsonNode after = server.get(COMMITMENT + "?asOf=2025-09-01").json();
    assertThat(after.path("lead").asText()).isEqualTo("dgas");
    assertThat(after.path("leadWritten").asText()).isEqualTo("dpsv");
    assertThat(server.get("/api/v1/units/dgas").header("ETag")).isEqualTo("\"v2\"");
    // and the merge is filed under the successor, the unit merged and the unit handed over to
    assertThat(server.changes())
        .extracting(AuditEntry::subject)
        .containsExactly("unit/daed", "unit/dpsv", "unit/dgas");
    assertThat(server.changes()).extracting(AuditEntry::action).containsOnly("unit.merge");
    assertThat(actions(audit("unit/dpsv", server.editorOfDgpe))).containsExactly("unit.merge");
    assertThat(actions(audit("unit/dgas", server.editorOfDgas))).containsExactly("unit.merge");
  }

  @Test
  void a_dissolution_is_filed_under_the_unit_dissolved_and_its_successor() {
    // when
    TestServer.Answer answer =
        act(
            "daed",
            "dissolve",
            "{\"on\": \"2025-08-31\", \"successors\": [\"dpsv\"],"
                + " \"basis\": \"Décret n° 2025-320\"}",
            "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(server.changes())
        .extracting(AuditEntry::subject)
        .containsExactly("unit/daed", "unit/dpsv");
    JsonNode filed = audit("unit/dpsv", server.editorOfDgpe).get(0);
    assertThat(filed.path("action").asText()).isEqualTo("unit.dissolve");
    assertThat(filed.path("after").asText())
        .contains("dissolved on 2025-08-31, succeeded by dpsv, by Décret n° 2025-320");
  }

  @Test
  void an_unknown_commitment_or_one_no_unit_ended_leads_is_refused_at_its_pointer() {
    // when
    TestServer.Answer unknown =
        act(
            "daed",
            "merge",
            "{\"units\": [\"dpsv\", \"daed\"], \"from\": \"2025-09-01\","
                + " \"commitments\": {\"dgas\": [\"engagement-inconnu\"]}}",
            "\"v1\"");
    TestServer.Answer notHeld =
        act(
            "daed",
            "merge",
            "{\"units\": [\"dpsv\", \"daed\"], \"from\": \"2025-09-01\","
                + " \"commitments\": {\"dgas\": [\"fixture-dpsv\", \"fixture-dpa\"]}}",
            "\"v1\"");
    TestServer.Answer malformed =
        act(
            "daed",
            "merge",
            "{\"units\": [\"dpsv\", \"daed\"], \"from\": \"2025-09-01\","
                + " \"commitments\": {\"dgas\": [\"Engagement\"]},"
                + " \"actions\": {\"dgas\": [\"strategie\"]}, \"strategies\": []}",
            "\"v1\"");

    // then
    JsonNode problem = unknown.problem(422, "change-refused");
    assertThat(problem.path("reason").asText()).isEqualTo("restructuring-invalid");
    assertThat(problem.path("errors").get(0).path("pointer").asText())
        .isEqualTo("/commitments/dgas/0");
    assertThat(problem.path("errors").get(0).path("detail").asText())
        .isEqualTo("there is no commitment 'engagement-inconnu': correct the id");
    JsonNode other = notHeld.problem(422, "change-refused");
    assertThat(CreatingAUnitOverHttpTest.pointers(other)).containsExactly("/commitments/dgas/1");
    assertThat(other.path("detail").asText())
        .contains("commitment 'fixture-dpa' is not held by a unit this restructuring ends");
    assertThat(CreatingAUnitOverHttpTest.pointers(malformed.problem(400, "invalid-body")))
        .containsExactlyInAnyOrder("/commitments/dgas/0", "/actions/dgas/0", "/strategies");
    assertThat(server.changes()).isEmpty();
    assertThat(server.get("/api/v1/units/daed").header("ETag")).isEqualTo("\"v1\"");
  }

  @Test
  void a_record_imported_with_a_handover_of_a_commitment_takes_later_changes_of_its_structure() {
    // given
    TestServer.Answer imported =
        server.post(
            "/api/v1/dataset/import",
            "application/yaml",
            HANDED_OVER,
            "Authorization",
            TestServer.bearer(server.admin),
            "If-Match",
            "*");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    // when the DPSV is moved under the DGAS
    TestServer.Answer moved =
        server.post(
            "/api/v1/units/dpsv/move",
            "application/json",
            "{\"parent\": \"dgas\", \"from\": \"2025-09-01\"}",
            "Authorization",
            TestServer.bearer(server.admin),
            "If-Match",
            server.get("/api/v1/units/dpsv").header("ETag"));

    // then
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(server.get("/api/v1/units/dpsv?asOf=2025-09-01").json().path("parent").asText())
        .isEqualTo("dgas");
    assertThat(
            server
                .get("/api/v1/commitments/engagement-daed?asOf=2025-01-01")
                .json()
                .path("lead")
                .asText())
        .isEqualTo("dgas");
  }

  private static List<String> actions(JsonNode items) {
    List<String> actions = new ArrayList<>();
    items.forEach(item -> actions.add(item.path("action").asText()));
    return actions;
  }
}
