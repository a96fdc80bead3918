package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.civitas.application.port.out.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/units/{id}/rename, /merge, /split and /dissolve with successors: dated events of the
 * record, against the ETag of the unit in the path. In the Togolese ministry the DGAS holds the
 * DPA, DPPH and DGC, the DGPE the DPSV and DAED; the DPSV leads the fixture's commitment
 * fixture-dpsv (every restructuring below, its decree and the new names are made up).
 */
@OnEveryStore
class RestructuringUnitsOverHttpTest {

  private static final String DPSV = "Direction de la prévention des situations de vulnérabilité";
  private static final String DPEV = "Direction de la protection de l’enfant vulnérable";

  private final TestServer server;

  RestructuringUnitsOverHttpTest(Store store) {
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

  private JsonNode unit(String id, String day) {
    return server.get("/api/v1/units/" + id + "?asOf=" + day).json();
  }

  private String etag(String id) {
    return server.get("/api/v1/units/" + id).header("ETag");
  }

  @Test
  void a_renamed_unit_bears_its_former_name_until_the_day_before_and_its_history_lists_both() {
    // when the DPSV is renamed from 1 September 2025
    TestServer.Answer answer =
        act(
            "dpsv",
            "rename",
            "{\"name\": {\"fr\": \""
                + DPEV
                + "\"}, \"acronym\": \"DPEV\","
                + " \"from\": \"2025-09-01\", \"basis\": \"Décret n° 2025-300\","
                + " \"note\": \"Nouvel organigramme\"}",
            "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v2\"");
    assertThat(answer.header("Content-Location")).isEqualTo("/api/v1/units/dpsv");
    assertThat(answer.json().path("name").path("fr").asText()).isEqualTo(DPSV);
    assertThat(unit("dpsv", "2025-08-31").path("name").path("fr").asText()).isEqualTo(DPSV);
    assertThat(unit("dpsv", "2025-08-31").has("acronym")).isFalse();
    assertThat(unit("dpsv", "2025-09-01").path("name").path("fr").asText()).isEqualTo(DPEV);
    assertThat(unit("dpsv", "2025-09-01").path("acronym").asText()).isEqualTo("DPEV");
    JsonNode names = server.get("/api/v1/units/dpsv/history").json().path("names");
    assertThat(names).hasSize(2);
    assertThat(names.get(0).path("period").path("end").asText()).isEqualTo("2025-08-31");
    assertThat(names.get(1).path("name").path("fr").asText()).isEqualTo(DPEV);
    assertThat(names.get(1).path("period").path("start").asText()).isEqualTo("2025-09-01");
    assertThat(names.get(1).path("restructuring").path("basis").asText())
        .isEqualTo("Décret n° 2025-300");
    assertThat(names.get(1).path("restructuring").path("note").asText())
        .isEqualTo("Nouvel organigramme");
    AuditEntry entry = server.changes().get(0);
    assertThat(entry.action()).isEqualTo("unit.rename");
    assertThat(entry.actor()).isEqualTo("dsi-masspf");
    assertThat(entry.after())
        .contains("DPEV — " + DPEV + " from 2025-09-01, by Décret n° 2025-300");
  }

  @Test
  void a_merged_unit_ends_the_day_before_and_its_successor_carries_on_its_work() {
    // when the DAED is merged into the DPSV, its first attribution given to the DGPE
    TestServer.Answer answer =
        act(
            "dpsv",
            "merge",
            "{\"units\": [\"dpsv\", \"daed\"], \"from\": \"2025-09-01\","
                + " \"attributions\": {\"dgpe\": [\"daed/0\"]}, \"basis\": \"Décret n° 2025-310\"}",
            "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v2\"");
    assertThat(answer.json().path("id").asText()).isEqualTo("dpsv");
    assertThat(etag("daed")).isEqualTo("\"v2\"");
    assertThat(etag("dgpe")).isEqualTo("\"v2\"");
    assertThat(unit("daed", "2025-08-31").path("inForce").asBoolean()).isTrue();
    assertThat(unit("daed", "2025-09-01").path("inForce").asBoolean()).isFalse();
    assertThat(unit("daed", "2025-09-01").path("lifetime").path("end").asText())
        .isEqualTo("2025-08-31");
    assertThat(unit("dgpe", "2025-09-01").path("children").toString())
        .contains("\"dpsv\"")
        .doesNotContain("\"daed\"");
    JsonNode history = server.get("/api/v1/units/dpsv/history").json();
    assertThat(history.path("predecessors")).hasSize(1);
    assertThat(history.path("predecessors").get(0).path("unit").path("id").asText())
        .isEqualTo("daed");
    assertThat(history.path("predecessors").get(0).path("date").asText()).isEqualTo("2025-09-01");
    JsonNode ended = server.get("/api/v1/units/daed/history").json();
    assertThat(ended.path("endedBy").path("type").asText()).isEqualTo("merge");
    assertThat(ended.path("endedBy").path("basis").asText()).isEqualTo("Décret n° 2025-310");
    assertThat(ended.path("successors").get(0).path("unit").path("id").asText()).isEqualTo("dpsv");
    JsonNode changes =
        server.get("/api/v1/structure/diff?from=2025-08-31&to=2025-09-01").json().path("changes");
    assertThat(types(changes)).containsExactly("merged");
    assertThat(changes.get(0).path("successors").get(0).path("id").asText()).isEqualTo("dpsv");
    assertThat(server.changes()).extracting(AuditEntry::action).containsOnly("unit.merge");
    assertThat(server.changes())
        .extracting(AuditEntry::subject)
        .containsExactly("unit/dpsv", "unit/daed", "unit/dgpe");
  }

  @Test
  void a_split_unit_ends_the_day_before_and_each_successor_takes_its_attributions() {
    // given two cells established under the DGAS on 1 September 2025
    for (String cell : List.of("cellule-a", "cellule-b")) {
      TestServer.Answer created =
          server.post(
              "/api/v1/units",
              "application/json",
              "{\"id\": \""
                  + cell
                  + "\", \"parent\": \"dgas\", \"from\": \"2025-09-01\", \"kind\": \"cell\","
                  + " \"name\": {\"fr\": \"Cellule "
                  + cell
                  + "\"}}",
              "Authorization",
              TestServer.bearer(server.admin));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    // when the DPA is split into them
    TestServer.Answer answer =
        act(
            "dpa",
            "split",
            "{\"into\": [\"cellule-a\", \"cellule-b\"], \"from\": \"2025-09-01\","
                + " \"attributions\": {\"cellule-a\": [0, 1, 2], \"cellule-b\": [\"dpa/3\", 4, 5,"
                + " 6]}}",
            "\"v1\"");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v2\"");
    assertThat(answer.json().path("lifetime").path("end").asText()).isEqualTo("2025-08-31");
    assertThat(etag("cellule-a")).isEqualTo("\"v2\"");
    assertThat(unit("dpa", "2025-09-01").path("inForce").asBoolean()).isFalse();
    JsonNode history = server.get("/api/v1/units/dpa/history").json();
    assertThat(history.path("endedBy").path("type").asText()).isEqualTo("split");
    List<String> successors = new ArrayList<>();
    history.path("successors").forEach(s -> successors.add(s.path("unit").path("id").asText()));
    assertThat(successors).containsExactly("cellule-a", "cellule-b");
    assertThat(
            types(
                server
                    .get("/api/v1/structure/diff?from=2025-08-31&to=2025-09-01")
                    .json()
                    .path("changes")))
        .contains("split");
    assertThat(server.changes().subList(2, server.changes().size()))
        .extracting(AuditEntry::subject)
        .containsExactly("unit/dpa", "unit/cellule-a", "unit/cellule-b");
    assertThat(server.changes().get(2).after())
        .contains("split into cellule-a, cellule-b from 2025-09-01");
  }

  @Test
  void a_dissolved_unit_names_its_successor_and_the_decree() {
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
    assertThat(etag("dpsv")).isEqualTo("\"v2\"");
    JsonNode history = server.get("/api/v1/units/daed/history").json();
    assertThat(history.path("endedBy").path("type").asText()).isEqualTo("dissolve");
    assertThat(history.path("endedBy").path("basis").asText()).isEqualTo("Décret n° 2025-320");
    assertThat(history.path("successors").get(0).path("unit").path("id").asText())
        .isEqualTo("dpsv");
    assertThat(server.changes().get(0).after())
        .contains("dissolved on 2025-08-31, succeeded by dpsv, by Décret n° 2025-320");
  }

  private static List<String> types(JsonNode changes) {
    List<String> types = new ArrayList<>();
    changes.forEach(change -> types.add(change.path("type").asText()));
    return types;
  }
}
