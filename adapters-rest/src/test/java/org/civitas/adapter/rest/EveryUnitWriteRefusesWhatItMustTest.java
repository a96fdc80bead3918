package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every change to an existing unit refuses, before anything is written: no token (401), a unit
 * that does not exist (404), another media type (415), no ETag (428), a stale one (412), a body
 * over the limit (413). Each is asked of the DPA with a body that would otherwise be accepted.
 */
class EveryUnitWriteRefusesWhatItMustTest {

  /** A change: its method, the path after the unit's id, its media type and a body it accepts. */
  record Write(String method, String action, String type, String body) {

    String path(String id) {
      return "/api/v1/units/" + id + action;
    }

    @Override
    public String toString() {
      return method + " /api/v1/units/{id}" + action;
    }
  }

  static Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of(
            new Write("PATCH", "", "application/merge-patch+json", "{\"acronym\": \"DPA\"}")),
        Arguments.of(
            new Write(
                "POST",
                "/move",
                "application/json",
                "{\"parent\": \"dgpe\", \"from\": \"2025-07-01\"}")),
        Arguments.of(
            new Write(
                "POST",
                "/rename",
                "application/json",
                "{\"name\": {\"fr\": \"Direction des aînés\"}, \"from\": \"2025-07-01\"}")),
        Arguments.of(
            new Write(
                "POST",
                "/merge",
                "application/json",
                "{\"units\": [\"dpa\", \"dpph\"], \"from\": \"2025-07-01\"}")),
        Arguments.of(
            new Write(
                "POST",
                "/split",
                "application/json",
                "{\"into\": [\"dpph\", \"dgc\"], \"from\": \"2025-07-01\"}")),
        Arguments.of(
            new Write(
                "POST",
                "/dissolve",
                "application/json",
                "{\"on\": \"2025-07-01\", \"successors\": [\"dpph\"]}")));
  }

  private static TestServer.Answer send(
      TestServer server, Write write, String id, String type, String... headers) {
    return server.send(
        server
            .request(write.path(id), headers)
            .header("Content-Type", type)
            .method(write.method(), HttpRequest.BodyPublishers.ofString(write.body()))
            .build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void each_refusal_comes_before_anything_is_written(Write write) throws Exception {
    try (TestServer server = TestServer.start()) {
      String admin = TestServer.bearer(server.admin);

      // when
      TestServer.Answer anonymous = send(server, write, "dpa", write.type(), "If-Match", "\"v1\"");
      TestServer.Answer unknown =
          send(server, write, "dpx", write.type(), "Authorization", admin, "If-Match", "\"v1\"");
      TestServer.Answer text =
          send(server, write, "dpa", "text/plain", "Authorization", admin, "If-Match", "\"v1\"");
      TestServer.Answer noEtag = send(server, write, "dpa", write.type(), "Authorization", admin);
      TestServer.Answer stale =
          send(server, write, "dpa", write.type(), "Authorization", admin, "If-Match", "\"v2\"");

      // then
      anonymous.problem(401, "unauthenticated");
      unknown.problem(404, "unknown-id");
      text.problem(415, "unsupported-media-type");
      noEtag.problem(428, "precondition-required");
      assertThat(stale.problem(412, "version-conflict").path("currentVersion").asLong())
          .isEqualTo(1);
      assertThat(server.get("/api/v1/units/dpa").header("ETag")).isEqualTo("\"v1\"");
      assertThat(server.changes()).isEmpty();
    }
    try (TestServer small = TestServer.start(RestConfig.DEFAULT.withBodyLimits(16, 4096))) {
      // when
      String tooLarge =
          small.raw(
              write.method(),
              write.path("dpa"),
              new byte[0],
              false,
              "Content-Type",
              write.type(),
              "Content-Length",
              "2048",
              "Authorization",
              TestServer.bearer(small.admin),
              "If-Match",
              "\"v1\"");

      // then
      assertThat(tooLarge).startsWith("HTTP/1.1 413 ");
      assertThat(small.changes()).isEmpty();
    }
  }
}
