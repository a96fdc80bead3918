package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.application.port.out.CivitasStore;
import org.junit.jupiter.api.Test;

/**
 * What the server does not expect is answered as a problem like any other: a path it does not
 * serve, a method a path does not take, and a failure of its own, of which the client learns
 * nothing but that it happened.
 */
class FailuresNeverReachTheClientTest {

  @Test
  void a_path_the_server_does_not_serve_is_a_not_found_problem() {
    try (TestServer server = TestServer.start()) {
      // when
      TestServer.Answer answer = server.get("/api/v1/organigramme");

      // then
      assertThat(answer.problem(404, "not-found").path("detail").asText())
          .contains("/api/v1/openapi.json");
    }
  }

  @Test
  void a_method_a_path_does_not_take_is_a_method_not_allowed_problem() {
    try (TestServer server = TestServer.start()) {
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
    try (TestServer server = TestServer.start()) {
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
  void a_failure_of_the_server_is_a_problem_without_its_cause() throws Exception {
    // given a store that fails as a broken database would when a unit is read
    CivitasStore broken = failingOnLoadUnit(new InMemoryStore());
    RestServer server =
        new RestServer(
            Civitas.builder().store(broken).build(),
            new CodecForTests(),
            RestConfig.DEFAULT.withPort(0));
    int port = server.start();
    try {
      // when
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/api/v1/units/dgas"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      // then
      JsonNode problem = new TestServer.Answer(answer).problem(500, "internal-error");
      assertThat(answer.body())
          .doesNotContain("SQL")
          .doesNotContain("h2")
          .doesNotContain("at org.");
      assertThat(problem.size()).isEqualTo(5);
    } finally {
      server.stop();
    }
  }

  /** {@code store}, but reading one unit fails with a message no client should see. */
  private static CivitasStore failingOnLoadUnit(InMemoryStore store) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("loadUnit")) {
            throw new IllegalStateException(
                "SQL error: relation \"unit\" does not exist at org.h2.Driver");
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (CivitasStore)
        Proxy.newProxyInstance(
            CivitasStore.class.getClassLoader(),
            new Class<?>[] {CivitasStore.class, AuditLogPort.class},
            handler);
  }
}
