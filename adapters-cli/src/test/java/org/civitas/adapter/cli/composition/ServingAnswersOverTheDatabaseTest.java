package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.civitas.adapter.cli.Server;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.application.port.out.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civitas serve}: the API and the dashboard over the database, with its tokens. */
class ServingAnswersOverTheDatabaseTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path directory;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

  @Test
  void the_server_answers_reads_and_a_change_made_with_a_token_from_the_command() throws Exception {
    // given the examples, and a token made by the command over the same database
    String db = Databases.h2(directory, "served");
    assertThat(Command.run(Databases.words(Databases.examples(), "import", "--db", db)).exitCode())
        .isZero();
    Command created =
        Command.run(
            "token",
            "create",
            "--role",
            "editor",
            "--scope",
            "msisf",
            "--subject",
            "Amina Tazi",
            "--db",
            db);
    String secret = created.outLines().get(1);

    // when the server runs
    CompletableFuture<Server> started = new CompletableFuture<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                Main.run(
                    new String[] {"serve", "--port", "0", "--db", db},
                    Databases.home(directory),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    started::complete));
    Server server = started.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    String base = "http://127.0.0.1:" + server.port();
    try {
      HttpResponse<String> health = get(base + "/health");
      HttpResponse<String> units = get(base + "/api/v1/units");
      HttpResponse<String> dashboard = get(base + "/");
      HttpResponse<String> commitment = get(base + "/api/v1/commitments/upe");
      HttpResponse<String> reported =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base + "/api/v1/commitments/upe/activities/suivi-appui-upe/progress"))
                  .timeout(WAIT)
                  .header("Authorization", "Bearer " + secret)
                  .header("If-Match", commitment.headers().firstValue("ETag").orElseThrow())
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"progress\": 40, \"status\": \"in-progress\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      // then
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(units.statusCode()).isEqualTo(200);
      assertThat(units.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(units.body()).contains("\"msisf\"");
      assertThat(dashboard.statusCode()).isEqualTo(200);
      assertThat(dashboard.body()).containsIgnoringCase("<html").contains("Civitas");
      assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "Civitas serves http://localhost:"
                  + server.port()
                  + "/ (API at /api/v1, Ctrl-C to stop)"
                  + System.lineSeparator());
    } finally {
      server.stop();
    }
    assertThat(exit.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isZero();
    try (JdbcStore store = JdbcStore.open(db)) {
      assertThat(store.entriesAbout("commitment/upe"))
          .extracting(AuditEntry::actor)
          .containsOnlyOnce("Amina Tazi");
    }
  }

  @Test
  void a_port_in_use_is_one_line_and_exit_code_2() throws Exception {
    // given
    String db = Databases.h2(directory, "busy");
    assertThat(Command.run(Databases.words(Databases.examples(), "import", "--db", db)).exitCode())
        .isZero();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      // when
      Command served =
          Command.run("serve", "--port", taken.getLocalPort(), "--host", "127.0.0.1", "--db", db);

      // then
      assertThat(served.exitCode()).isEqualTo(2);
      assertThat(served.errLines())
          .hasSize(1)
          .first()
          .asString()
          .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(WAIT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
