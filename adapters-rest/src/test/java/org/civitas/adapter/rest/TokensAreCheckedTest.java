package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Broken authentication (OWASP API2): a change without a token, or with one malformed, unknown or
 * revoked, is refused with a challenge, and reads can be closed to anyone without a token.
 */
@OnEveryStore
class TokensAreCheckedTest {

  private static final String SUIVI = "/api/v1/commitments/upe/activities/suivi-appui-upe/progress";
  private static final String REPORT = "{\"progress\": 35, \"status\": \"in-progress\"}";

  private final Store store;

  TokensAreCheckedTest(Store store) {
    this.store = store;
  }

  @Test
  void a_change_without_a_token_is_refused_with_a_bearer_challenge() {
    try (TestServer server = TestServer.start(store)) {
      // when
      TestServer.Answer answer = server.put(SUIVI, REPORT, "If-Match", "\"v1\"");

      // then
      answer.problem(401, "unauthenticated");
      assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"civitas\"");
      assertThat(server.changes()).isEmpty();
    }
  }

  @Test
  void a_malformed_token_is_refused() {
    try (TestServer server = TestServer.start(store)) {
      // when
      TestServer.Answer basic =
          server.put(
              SUIVI, REPORT, "If-Match", "\"v1\"", "Authorization", "Basic YWRtaW46YWRtaW4=");
      TestServer.Answer shortToken =
          server.put(SUIVI, REPORT, "If-Match", "\"v1\"", "Authorization", "Bearer abc");

      // then
      basic.problem(401, "unauthenticated");
      shortToken.problem(401, "unauthenticated");
      assertThat(shortToken.header("WWW-Authenticate"))
          .isEqualTo("Bearer realm=\"civitas\", error=\"invalid_token\"");
    }
  }

  @Test
  void a_token_nobody_was_given_is_refused() {
    try (TestServer server = TestServer.start(store)) {
      // when
      TestServer.Answer answer =
          server.put(
              SUIVI,
              REPORT,
              "If-Match",
              "\"v1\"",
              "Authorization",
              TestServer.bearer("A".repeat(43)));

      // then
      assertThat(answer.problem(401, "unauthenticated").path("detail").asText())
          .contains("no token has this secret");
    }
  }

  @Test
  void a_revoked_token_is_refused() {
    try (TestServer server = TestServer.start(store)) {
      // when
      TestServer.Answer answer =
          server.put(
              "/api/v1/commitments/fixture-dpa/activities/etape/progress",
              REPORT,
              "If-Match",
              "\"v1\"",
              "Authorization",
              TestServer.bearer(server.revoked));

      // then
      assertThat(answer.problem(401, "unauthenticated").path("detail").asText())
          .contains("revoked");
      assertThat(server.changes()).isEmpty();
    }
  }

  @Test
  void a_bad_token_is_refused_even_on_a_public_read() {
    try (TestServer server = TestServer.start(store)) {
      // when
      TestServer.Answer answer =
          server.get("/api/v1/units/dgas", "Authorization", TestServer.bearer(server.revoked));

      // then
      answer.problem(401, "unauthenticated");
    }
  }

  @Test
  void reads_are_open_by_default() {
    try (TestServer server = TestServer.start(store)) {
      // when / then
      assertThat(server.get("/api/v1/units/dgas").status()).isEqualTo(200);
    }
  }

  @Test
  void closed_reads_need_a_token_of_any_role() {
    try (TestServer server = TestServer.start(store, RestConfig.DEFAULT.withPublicReads(false))) {
      // when
      TestServer.Answer anonymous = server.get("/api/v1/units/dgas");
      TestServer.Answer editor =
          server.get("/api/v1/units/dgas", "Authorization", TestServer.bearer(server.editorOfDgpe));

      // then
      anonymous.problem(401, "unauthenticated");
      assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"civitas\"");
      assertThat(editor.status()).isEqualTo(200);
    }
  }

  @Test
  void the_health_check_and_the_description_stay_open_when_reads_are_closed() {
    try (TestServer server = TestServer.start(store, RestConfig.DEFAULT.withPublicReads(false))) {
      // when
      TestServer.Answer health = server.get("/health");
      TestServer.Answer openApi = server.get("/api/v1/openapi.json");

      // then
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().path("status").asText()).isEqualTo("up");
      assertThat(openApi.status()).isEqualTo(200);
    }
  }
}
