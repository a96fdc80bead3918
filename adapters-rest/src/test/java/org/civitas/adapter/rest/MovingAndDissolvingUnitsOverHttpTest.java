package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.civitas.application.port.out.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/units/{id}/move and /dissolve: dated changes to the structure, against the unit's
 * ETag. In the Togolese ministry the DGAS holds the DPA, DPPH and DGC, the DGPE the DPSV and DAED
 * (every move and dissolution below is made up).
 */
@OnEveryStore
class MovingAndDissolvingUnitsOverHttpTest {

  private final TestServer server;

  MovingAndDissolvingUnitsOverHttpTest(Store store) {
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

  private List<String> children(String id, String day) {
    List<String> ids = new ArrayList<>();
    server
        .get("/api/v1/units/" + id + "/children?asOf=" + day)
        .json()
        .path("items")
        .forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  @Test
  void a_moved_unit_stands_under_its_new_parent_from_the_day_given_with_its_subtree() {
    // when the DGPE moves under the DGAS from 1 September 2025
    TestServer.Answer answer =
        act("dgpe", "move", "{\"parent\": \"dgas\", \"from\": \"2025-09-01\"}", "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v2\"");
    assertThat(answer.json().path("parents")).hasSize(2);
    assertThat(children("dgas", "2025-08-31")).containsExactly("dpa", "dpph", "dgc");
    assertThat(children("dgas", "2025-09-01")).contains("dgpe");
    assertThat(server.get("/api/v1/units/dgas/tree?asOf=2025-09-01&depth=2").json().toString())
        .contains("\"dpsv\"")
        .contains("\"daed\"");
    assertThat(server.get("/api/v1/units/dgas/tree?asOf=2025-08-31&depth=2").json().toString())
        .doesNotContain("\"dpsv\"");
    AuditEntry entry = server.changes().get(0);
    assertThat(entry.action()).isEqualTo("unit.move");
    assertThat(entry.before()).contains("under masspf on 2025-09-01");
    assertThat(entry.after()).contains("under dgas from 2025-09-01");
  }

  @Test
  void a_unit_moved_under_its_own_subtree_is_a_conflict_and_an_unknown_parent_unprocessable() {
    // when
    TestServer.Answer cycle =
        act("dgpe", "move", "{\"parent\": \"dpsv\", \"from\": \"2025-09-01\"}", "\"v1\"");
    TestServer.Answer unknown =
        act("dgpe", "move", "{\"parent\": \"dgx\", \"from\": \"2025-09-01\"}", "\"v1\"");

    // then
    JsonNode problem = cycle.problem(409, "change-conflict");
    assertThat(problem.path("reason").asText()).isEqualTo("would-create-cycle");
    assertThat(problem.path("detail").asText()).contains("would place it under itself");
    assertThat(unknown.problem(422, "change-refused").path("reason").asText())
        .isEqualTo("unknown-unit");
    assertThat(server.get("/api/v1/units/dgpe").header("ETag")).isEqualTo("\"v1\"");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void a_move_needs_the_etag_and_a_body_of_its_own_fields() {
    // when
    TestServer.Answer noEtag =
        server.post(
            "/api/v1/units/dpa/move",
            "application/json",
            "{\"parent\": \"dgpe\", \"from\": \"2025-09-01\"}",
            "Authorization",
            TestServer.bearer(server.admin));
    TestServer.Answer stale =
        act("dpa", "move", "{\"parent\": \"dgpe\", \"from\": \"2025-09-01\"}", "\"v7\"");
    TestServer.Answer wrong =
        act(
            "dpa",
            "move",
            "{\"parent\": \"DGPE\", \"from\": \"1er septembre\", \"staff\": 4}",
            "\"v1\"");

    // then
    noEtag.problem(428, "precondition-required");
    stale.problem(412, "version-conflict");
    assertThat(CreatingAUnitOverHttpTest.pointers(wrong.problem(400, "invalid-body")))
        .containsExactlyInAnyOrder("/staff", "/parent", "/from");
    assertThat(server.changes()).isEmpty();
  }

  @Test
  void a_unit_with_units_under_it_is_dissolved_only_once_they_are_moved() {
    // given
    TestServer.Answer refused = act("dgpe", "dissolve", "{\"on\": \"2025-12-31\"}", "\"v1\"");
    act("dpsv", "move", "{\"parent\": \"dgas\", \"from\": \"2026-01-01\"}", "\"v1\"");
    act("daed", "move", "{\"parent\": \"dgas\", \"from\": \"2026-01-01\"}", "\"v1\"");

    // when
    TestServer.Answer dissolved = act("dgpe", "dissolve", "{\"on\": \"2025-12-31\"}", "\"v1\"");
    TestServer.Answer again = act("dgpe", "dissolve", "{\"on\": \"2026-03-31\"}", "\"v2\"");

    // then
    JsonNode problem = refused.problem(409, "change-conflict");
    assertThat(problem.path("reason").asText()).isEqualTo("living-children");
    assertThat(problem.path("detail").asText())
        .contains("'dpsv', 'daed' would still sit under 'dgpe' after 2025-12-31")
        .contains("move them");
    assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(200);
    assertThat(dissolved.json().path("lifetime").path("end").asText()).isEqualTo("2025-12-31");
    assertThat(server.get("/api/v1/units/dgpe?asOf=2026-01-01").json().path("inForce").asBoolean())
        .isFalse();
    assertThat(children("masspf", "2026-01-01")).doesNotContain("dgpe");
    assertThat(again.problem(409, "change-conflict").path("reason").asText())
        .isEqualTo("already-dissolved");
    assertThat(server.changes())
        .extracting(AuditEntry::action)
        .containsExactly("unit.move", "unit.move", "unit.dissolve");
  }

  @Test
  void a_dissolution_takes_only_its_day() {
    // when
    TestServer.Answer answer =
        act("dpa", "dissolve", "{\"on\": \"2025-02-30\", \"lifetime\": {}}", "\"v1\"");

    // then
    assertThat(CreatingAUnitOverHttpTest.pointers(answer.problem(400, "invalid-body")))
        .containsExactlyInAnyOrder("/lifetime", "/on");
  }
}
