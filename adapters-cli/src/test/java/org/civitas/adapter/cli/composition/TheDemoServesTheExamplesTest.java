package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.civitas.adapter.cli.Cli;
import org.civitas.adapter.cli.Server;
import org.civitas.application.port.out.ClockPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help;

/** {@code civitas serve --demo}: the examples in a temporary database, or a clear refusal. */
class TheDemoServesTheExamplesTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path home;

  private int serve(
      Path workingDirectory, CompletableFuture<Server> started, ByteArrayOutputStream err) {
    CompositionRoot root =
        new CompositionRoot(
            ClockPort.systemUtc(), Databases.home(home), home, workingDirectory, started::complete);
    return Cli.run(
        root,
        new String[] {"serve", "--demo", "--port", "0"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Help.Ansi.OFF);
  }

  @Test
  void the_demo_serves_every_example() throws Exception {
    // given the checkout's root as the working directory
    CompletableFuture<Server> started = new CompletableFuture<>();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> serve(Path.of(".."), started, new ByteArrayOutputStream()));
    Server server = started.get(WAIT.toSeconds(), TimeUnit.SECONDS);

    // when
    HttpResponse<String> units;
    try {
      units =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.port() + "/api/v1/units"))
                      .timeout(WAIT)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
    } finally {
      server.stop();
    }

    // then units of the Moroccan and the Togolese examples are served
    assertThat(units.statusCode()).isEqualTo(200);
    assertThat(units.body()).contains("\"msisf\"", "\"masspf\"");
    assertThat(exit.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isZero();
    assertThat(home).isEmptyDirectory();
  }

  @Test
  void without_the_examples_the_demo_says_so_in_one_line_and_exits_with_2() {
    // given a working directory without examples
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    // when
    int code = serve(home, new CompletableFuture<>(), err);

    // then
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("civitas: cannot read examples/*.yaml: there are none in ");
  }
}
