package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body over its limit is refused with 413: at once when its declared length says so (before a
 * byte of it is sent), and as soon as the limit is passed when it comes without one. Nothing of it
 * is stored, and the connection is closed rather than read to the end.
 */
class BodiesOverTheLimitAreRefusedTest {

  private static final String SUIVI = "/api/v1/commitments/upe/activities/suivi-appui-upe/progress";

  /** 1 KiB for a resource, 4 KiB for a dataset. */
  private static final RestConfig SMALL = RestConfig.DEFAULT.withBodyLimits(1024, 4096);

  @Test
  void a_declared_length_over_the_limit_is_refused_before_the_body_is_sent() throws Exception {
    try (TestServer server = TestServer.start(SMALL)) {
      // when only the headers of a 2 KiB report are sent
      String answer =
          server.raw(
              "PUT",
              SUIVI,
              new byte[0],
              false,
              "Content-Type",
              "application/json",
              "Content-Length",
              "2048",
              "Authorization",
              TestServer.bearer(server.admin),
              "If-Match",
              "\"v1\"");

      // then
      assertThat(answer).startsWith("HTTP/1.1 413 ");
      assertThat(answer).contains("Connection: close");
      assertThat(answer).contains("https://civitas.example/problems/body-too-large");
      assertThat(answer).contains("\"limit\":1024");
      assertThat(server.get("/api/v1/commitments/upe").header("ETag")).isEqualTo("\"v1\"");
    }
  }

  @Test
  void a_body_without_a_declared_length_is_cut_off_past_the_limit() throws Exception {
    try (TestServer server = TestServer.start(SMALL)) {
      // when a report of 64 KiB is streamed in chunks
      String answer =
          server.raw(
              "PUT",
              SUIVI,
              report(64 * 1024).getBytes(StandardCharsets.UTF_8),
              true,
              "Content-Type",
              "application/json",
              "Authorization",
              TestServer.bearer(server.admin),
              "If-Match",
              "\"v1\"");

      // then
      assertThat(answer).startsWith("HTTP/1.1 413 ");
      assertThat(answer).contains("https://civitas.example/problems/body-too-large");
      assertThat(server.changes()).isEmpty();
    }
  }

  @Test
  void a_body_within_the_limit_is_read() {
    try (TestServer server = TestServer.start(SMALL)) {
      // when
      TestServer.Answer answer =
          server.put(
              SUIVI,
              report(1000),
              "Authorization",
              TestServer.bearer(server.admin),
              "If-Match",
              "\"v1\"");

      // then
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
  }

  @Test
  void a_dataset_over_its_limit_is_refused_whether_its_length_is_declared_or_not()
      throws Exception {
    try (TestServer server = TestServer.start(SMALL)) {
      // given the Togolese example, some 40 KiB
      byte[] yaml = TestServer.example("togo-masspf.yaml").getBytes(StandardCharsets.UTF_8);

      // when
      String declared =
          server.raw(
              "POST",
              "/api/v1/dataset/validate",
              new byte[0],
              false,
              "Content-Type",
              "application/yaml",
              "Content-Length",
              String.valueOf(yaml.length));
      String streamed =
          server.raw(
              "POST", "/api/v1/dataset/validate", yaml, true, "Content-Type", "application/yaml");

      // then
      assertThat(declared).startsWith("HTTP/1.1 413 ").contains("\"limit\":4096");
      assertThat(streamed).startsWith("HTTP/1.1 413 ").contains("\"limit\":4096");
    }
  }

  @Test
  void by_default_a_resource_may_hold_1_mib_and_a_dataset_64_mib() throws Exception {
    try (TestServer server = TestServer.start()) {
      // when
      String resource =
          server.raw(
              "PUT",
              SUIVI,
              new byte[0],
              false,
              "Content-Type",
              "application/json",
              "Content-Length",
              String.valueOf((1 << 20) + 1),
              "Authorization",
              TestServer.bearer(server.admin),
              "If-Match",
              "\"v1\"");
      String dataset =
          server.raw(
              "POST",
              "/api/v1/dataset/validate",
              new byte[0],
              false,
              "Content-Type",
              "application/yaml",
              "Content-Length",
              String.valueOf((64L << 20) + 1));

      // then
      assertThat(resource).startsWith("HTTP/1.1 413 ").contains("\"limit\":1048576");
      assertThat(dataset).startsWith("HTTP/1.1 413 ").contains("\"limit\":67108864");
    }
  }

  /** A progress report padded with spaces to {@code size} bytes. */
  private static String report(int size) {
    String report = "{\"progress\": 35, \"status\": \"in-progress\"}";
    return report + " ".repeat(size - report.length());
  }
}
