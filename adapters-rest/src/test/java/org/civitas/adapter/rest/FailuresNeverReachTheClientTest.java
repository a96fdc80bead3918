package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * What the server does not expect is answered as a problem like any other: a path it does not
 * serve, a method a path does not take, and a failure of its own, of which the client learns
 * nothing but that it happened.
 */
@OnEveryStore
class FailuresNeverReachTheClientTest {

  private final Store store;

  FailuresNeverReachTheClientTest(Store store) {
    this.store = store;
  }

  @Test
  void a_path_the_server_does_not_serve_is_a_not_found_problem() {
    try (TestServer server = TestServer.start(store)) {
      // when
      TestServer.Answer answer = server.get("/api/v1/organigramme");

      // then
      assertThat(answer.problem(404, "not-found").path("detail").asText())
          .contains("/api/v1/openapi.json");
    }
  }

  @Test
  void a_method_a_path_does_not_take_is_a_method_not_allowed_problem() {
    try (TestServer server = TestServer.start(store)) {
      // when
      TestServer.Answer answer =
          server.send(
              server
                  .request("/api/v1/units/dgas")
                  .method("DELETE", HttpRequest.BodyPublishers.noBody())
                  .build());

      // then
      answer.problem(405, "method-not-allowed");
    }
  }

  @Test
  void a_request_jetty_cannot_parse_is_a_problem_too_not_a_page() throws Exception {
    try (TestServer server = TestServer.start(store)) {
      // when
      String badEncoding = server.raw("GET", "/api/v1/units/%ZZ", new byte[0], false);
      String longUri = server.raw("GET", "/api/v1/units/" + "a".repeat(20_000), new byte[0], false);

      // then
      assertThat(badEncoding)
          .startsWith("HTTP/1.1 400 ")
          .contains("Content-Type: application/problem+json")
          .contains("https://civitas.example/problems/malformed-request")
          .doesNotContain("<h1>");
      assertThat(longUri)
          .startsWith("HTTP/1.1 414 ")
          .contains("https://civitas.example/problems/uri-too-long");
    }
  }

  @Test
  void a_failure_of_the_store_is_a_problem_without_its_cause() {
    try (TestServer server = TestServer.start(store)) {
      // given a store that fails when a unit is read: a database whose table of units is lost
      server.breakUnitReads();

      // when
      TestServer.Answer answer = server.get("/api/v1/units/dgas");

      // then
      JsonNode problem = answer.problem(500, "internal-error");
      assertThat(answer.body())
          .doesNotContainIgnoringCase("SQL")
          .doesNotContainIgnoringCase("h2")
          .doesNotContainIgnoringCase("postgres")
          .doesNotContain("units_lost")
          .doesNotContain("at org.");
      assertThat(problem.size()).isEqualTo(5);
      // and what does not read a unit is served still
      assertThat(server.get("/api/v1/commitments/upe").status()).isEqualTo(200);
    }
  }
}
