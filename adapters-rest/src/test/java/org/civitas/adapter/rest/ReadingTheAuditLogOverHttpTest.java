package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/audit: who changed what, newest first. It names people, so it needs a token even
 * where reads are public; an editor reads the history of its scope only.
 */
@OnEveryStore
class ReadingTheAuditLogOverHttpTest {

  private final TestServer server;

  ReadingTheAuditLogOverHttpTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @BeforeEach
  void twoChanges() {
    for (String id : List.of("dpa", "dpsv")) {
      TestServer.Answer answer =
          server.patch(
              "/api/v1/units/" + id,
              "application/merge-patch+json",
              "{\"acronym\": \"" + id.toUpperCase(java.util.Locale.ROOT) + "\"}",
              "Authorization",
              TestServer.bearer(server.admin),
              "If-Match",
              "\"v1\"");
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
  }

  private TestServer.Answer audit(String query, String token) {
    return server.get("/api/v1/audit" + query, "Authorization", TestServer.bearer(token));
  }

  private static List<String> subjects(JsonNode page) {
    List<String> subjects = new ArrayList<>();
    page.path("items").forEach(item -> subjects.add(item.path("subject").asText()));
    return subjects;
  }

  @Test
  void an_administrator_reads_the_whole_log_newest_first_a_page_at_a_time() {
    // when
    JsonNode first = audit("?limit=2", server.admin).json();
    JsonNode second =
        audit("?limit=2&cursor=" + first.path("nextCursor").asText(), server.admin).json();

    // then
    assertThat(subjects(first)).containsExactly("unit/dpsv", "unit/dpa");
    JsonNode newest = first.path("items").get(0);
    assertThat(newest.path("actor").asText()).isEqualTo("dsi-masspf");
    assertThat(newest.path("action").asText()).isEqualTo("unit.update");
    assertThat(newest.path("before").asText()).isEqualTo("acronym: none");
    assertThat(newest.path("after").asText()).isEqualTo("acronym: DPSV");
    assertThat(newest.path("at").asText()).isEqualTo("2025-06-30T10:00:00Z");
    assertThat(subjects(second)).hasSize(2).allMatch(s -> s.startsWith("api-token/"));
  }

  @Test
  void the_making_of_tokens_is_in_the_log_without_their_secrets() {
    // when
    JsonNode tokens = audit("?subject=api-token&limit=500", server.admin).json();

    // then
    assertThat(tokens.path("items")).hasSize(6);
    String text = tokens.toString();
    assertThat(text)
        .contains("token.create")
        .contains("token.revoke")
        .contains("editor over dgas, for point-focal-dgas")
        .doesNotContain(server.editorOfDgas)
        .doesNotContain(server.admin);
  }

  @Test
  void an_editor_reads_the_history_of_a_unit_of_its_scope_only() {
    // when
    TestServer.Answer own = audit("?subject=unit/dpa", server.editorOfDgas);
    TestServer.Answer other = audit("?subject=unit/dpsv", server.editorOfDgas);
    TestServer.Answer everything = audit("", server.editorOfDgas);

    // then
    assertThat(own.status()).isEqualTo(200);
    assertThat(subjects(own.json())).containsExactly("unit/dpa");
    assertThat(other.problem(403, "forbidden").path("detail").asText())
        .contains("'unit/dpsv' is not among them");
    assertThat(everything.problem(403, "forbidden").path("detail").asText())
        .contains("only an administrator reads the whole audit log");
  }

  @Test
  void nobody_reads_the_log_without_a_token_even_where_reads_are_public() {
    // when
    TestServer.Answer anonymous = server.get("/api/v1/audit?subject=unit/dpa");
    TestServer.Answer badCursor = audit("?cursor=bm90LWEtY3Vyc29y", server.admin);

    // then
    anonymous.problem(401, "unauthenticated");
    assertThat(badCursor.problem(400, "invalid-parameter").path("parameter").asText())
        .isEqualTo("cursor");
  }
}
