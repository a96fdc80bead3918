package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /} serves the dashboard's page, and {@code /dashboard/} its files, each with a policy that
 * lets the page load only its own files and call only its own server.
 */
class ServingTheDashboardTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void the_root_serves_the_page_which_names_its_script_and_style_sheet() {
    // when
    TestServer.Answer page = server.get("/");

    // then
    assertThat(page.status()).isEqualTo(200);
    assertThat(type(page)).isEqualTo("text/html;charset=utf-8");
    assertThat(page.header("Content-Security-Policy"))
        .isEqualTo(Dashboard.CONTENT_SECURITY_POLICY)
        .contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.body())
        .startsWith("<!doctype html>")
        .contains("<html lang=\"fr\">")
        .contains("src=\"/dashboard/dashboard.js\"")
        .contains("href=\"/dashboard/dashboard.css\"");
  }

  @Test
  void each_file_of_the_page_is_served_with_its_type() {
    // when
    TestServer.Answer script = server.get("/dashboard/dashboard.js");
    TestServer.Answer style = server.get("/dashboard/dashboard.css");
    TestServer.Answer icon = server.get("/dashboard/icon.svg");

    // then
    assertThat(type(script)).isEqualTo("text/javascript;charset=utf-8");
    assertThat(script.body()).contains("const STRINGS");
    assertThat(type(style)).isEqualTo("text/css;charset=utf-8");
    assertThat(type(icon)).isEqualTo("image/svg+xml");
    assertThat(icon.body()).startsWith("<svg");
  }

  @Test
  void a_copy_the_browser_holds_is_not_sent_again() {
    // given
    String etag = server.get("/dashboard/dashboard.js").header("ETag");

    // when
    TestServer.Answer again = server.get("/dashboard/dashboard.js", "If-None-Match", etag);

    // then
    assertThat(etag).startsWith("\"h");
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void a_file_the_dashboard_does_not_have_is_a_problem_not_a_page() {
    // when
    TestServer.Answer missing = server.get("/dashboard/secrets.txt");

    // then
    assertThat(missing.problem(404, "not-found").path("detail").asText())
        .isEqualTo("the dashboard has no file secrets.txt: open / instead");
  }

  @Test
  void the_dashboard_is_no_route_of_the_api() {
    // then: the OpenAPI document lists the API, and the page is not part of it
    assertThat(server.server.routes())
        .noneMatch(route -> route.path().equals("/") || route.path().startsWith("/dashboard"));
  }

  /** The media type as sent, without the space that Jetty writes before a charset or not. */
  private static String type(TestServer.Answer answer) {
    return answer.header("Content-Type").replace(" ", "");
  }
}
