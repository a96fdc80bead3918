package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/reports?period=…&unit=…&format=…}: the periodic report as the renderers write
 * it. The server's today is 2025-06-30, the last day of the second quarter of 2025.
 */
class PeriodicReportsOverHttpTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_progress_report_made_in_the_quarter_moves_its_close_and_not_its_opening() {
    // given suivi reported at 60 % on 2025-06-30
    server.put(
        "/api/v1/commitments/upe/activities/suivi-appui-upe/progress",
        "{\"progress\": 60, \"status\": \"in-progress\"}",
        "Authorization",
        TestServer.bearer(server.editorOfMsisf),
        "If-Match",
        "\"v1\"");

    // when
    TestServer.Answer answer = server.get("/api/v1/reports?period=2025-Q2&unit=msisf&format=csv");

    // then from 35.0 to (60 + 40) / 2 = 50.0; on 2025-06-30 both activities expect 74.8 %
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("text/csv");
    assertThat(answer.header("ETag")).isNotEmpty();
    List<String> rows = List.of(answer.body().split("\r\n"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("period,opening,closing,lead,commitment,");
    assertThat(rows.get(1))
        .startsWith("2025-Q2,2025-03-31,2025-06-30,msisf,upe,")
        .contains(",35.0,50.0,behind,activity,suivi-appui-upe,")
        .endsWith(",in-progress,30.0,in-progress,60.0,behind,1,false,,,");
    assertThat(rows.get(2)).endsWith(",in-progress,40.0,in-progress,40.0,behind,0,false,,,");
  }

  @Test
  void markdown_is_the_default_and_html_is_a_page_to_print() {
    // when
    TestServer.Answer markdown = server.get("/api/v1/reports?period=2025-S1&unit=msisf");
    TestServer.Answer html = server.get("/api/v1/reports?period=2025-S1&unit=msisf&format=html");

    // then
    assertThat(markdown.status()).isEqualTo(200);
    assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
    assertThat(markdown.body().lines())
        .startsWith("# Progress report 2025-S1")
        .contains("- Behind at the close: suivi-appui-upe, formation-travailleurs-sociaux");
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.header("Content-Type")).startsWith("text/html");
    assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("@page { size: A4;");
  }

  @Test
  void a_period_missing_or_written_otherwise_is_an_invalid_parameter() {
    // when
    TestServer.Answer missing = server.get("/api/v1/reports");
    TestServer.Answer wrong = server.get("/api/v1/reports?period=2025-S3");
    TestServer.Answer format = server.get("/api/v1/reports?period=2025&format=pdf");

    // then
    assertThat(missing.problem(400, "invalid-parameter").path("parameter").asText())
        .isEqualTo("period");
    assertThat(wrong.problem(400, "invalid-parameter").path("detail").asText())
        .isEqualTo(
            "period '2025-S3' is not a reporting period: write YYYY, YYYY-Sn (semester, n 1–2),"
                + " YYYY-Qn (quarter, n 1–4) or YYYY-Mmm (month, mm 01–12), e.g. 2025-S2");
    assertThat(format.problem(400, "invalid-parameter").path("parameter").asText())
        .isEqualTo("format");
  }

  @Test
  void a_period_not_begun_is_an_invalid_value_and_an_unknown_unit_is_not_found() {
    // when
    TestServer.Answer future = server.get("/api/v1/reports?period=2025-S2");
    TestServer.Answer unknown = server.get("/api/v1/reports?period=2025&unit=dgx");

    // then
    assertThat(future.problem(400, "invalid-value").path("detail").asText())
        .isEqualTo(
            "the period 2025-S2 has not begun (today is 2025-06-30): ask for one that has, e.g."
                + " 2025-S1");
    unknown.problem(404, "unknown-id");
  }
}
