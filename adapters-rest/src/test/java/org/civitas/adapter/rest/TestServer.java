package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.dataset.DatasetReading;
import org.civitas.adapter.persistence.dataset.DatasetSource;
import org.civitas.application.Civitas;
import org.civitas.application.port.Actor;
import org.civitas.application.port.in.CreateApiTokenCommand;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.IssuedApiToken;
import org.civitas.application.port.in.RevokeApiTokenCommand;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;

/**
 * A server on a free loopback port over a store of its own (in memory unless a {@link Store} is
 * named), holding every bundled example and the access fixture, with a token of each kind the tests
 * need. Each test starts its own, so that no test sees another's changes.
 */
final class TestServer implements AutoCloseable {

  /** The day the server takes for today: both UPE activities are under way. */
  static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  private static final Path EXAMPLES = Path.of("..", "examples");

  private static final Clock CLOCK =
      Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  /** The record every server starts with, read once. */
  static final Snapshot RECORD = readRecord();

  final Civitas civitas;
  final RestServer server;
  final URI base;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Administrator of the Togolese ministry. */
  final String admin;

  /** Editor of the DGAS, the directorate général above the DPA. */
  final String editorOfDgas;

  /** Editor of the DGPE, above the DPSV. */
  final String editorOfDgpe;

  /** Editor of the Moroccan MSISF, which leads the UPE commitment. */
  final String editorOfMsisf;

  /** A token of the DGAS that was revoked. */
  final String revoked;

  private final Store.Opened store;

  /** How many audit entries the setup wrote: the import, and the tokens made and revoked. */
  private final int setupEntries;

  private TestServer(Store.Opened store, RestConfig config) {
    this.store = store;
    civitas = Civitas.builder().store(store.store()).apiTokens(store.tokens()).clock(CLOCK).build();
    admin = token("dsi-masspf", Actor.Role.ADMIN, "masspf");
    editorOfDgas = token("point-focal-dgas", Actor.Role.EDITOR, "dgas");
    editorOfDgpe = token("point-focal-dgpe", Actor.Role.EDITOR, "dgpe");
    editorOfMsisf = token("point-focal-msisf", Actor.Role.EDITOR, "msisf");
    IssuedApiToken old = issue("ancien-point-focal", Actor.Role.EDITOR, "dgas");
    civitas.revokeApiToken().revoke(new RevokeApiTokenCommand(old.token().id(), "tests"));
    revoked = old.secret();
    setupEntries = civitas.auditLog().entries().size();
    server = new RestServer(civitas, new CodecForTests(), config);
    base = URI.create("http://127.0.0.1:" + server.start());
  }

  static TestServer start() {
    return start(Store.MEMORY);
  }

  static TestServer start(Store kind) {
    return start(kind, RestConfig.DEFAULT);
  }

  static TestServer start(RestConfig config) {
    return start(Store.MEMORY, config);
  }

  static TestServer start(Store kind, RestConfig config) {
    Store.Opened store = kind.open(TestServer::holdTheRecord);
    try {
      return new TestServer(store, config.withHost("127.0.0.1").withPort(0));
    } catch (RuntimeException e) {
      store.close().run();
      throw e;
    }
  }

  /** Imports the record into {@code store}, as the only change in its audit log. */
  private static void holdTheRecord(CivitasStore store) {
    Civitas.builder()
        .store(store)
        .clock(CLOCK)
        .build()
        .importSnapshot()
        .importSnapshot(ImportSnapshotCommand.of(RECORD, "tests"));
  }

  /** From now on, reading a unit fails in the store as it does when a database is broken. */
  void breakUnitReads() {
    store.breakUnitReads().run();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      store.close().run();
    }
  }

  private String token(String subject, Actor.Role role, String scope) {
    return issue(subject, role, scope).secret();
  }

  private IssuedApiToken issue(String subject, Actor.Role role, String scope) {
    return civitas
        .createApiToken()
        .create(new CreateApiTokenCommand(subject, role, UnitId.of(scope), "tests"));
  }

  /** The audit entries of the changes made since the server started, in the order written. */
  List<AuditEntry> changes() {
    List<AuditEntry> entries = civitas.auditLog().entries();
    return entries.subList(setupEntries, entries.size());
  }

  // ------------------------------------------------------------------------------ requests

  HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  Answer get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  Answer put(String path, String json, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Answer post(String path, String type, String body, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Answer patch(String path, String type, String body, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", type)
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Answer send(HttpRequest request) {
    try {
      return new Answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends a request over a plain socket and answers the raw answer (status line, headers, body):
   * the headers given, then {@code body} in chunks without a declared length when {@code chunked},
   * else nothing at all, whatever {@code Content-Length} the headers declare. A plain socket,
   * because the server answers and closes before a body over the limit is read, which {@link
   * HttpClient} (on Java 17) does not wait for.
   */
  String raw(String method, String path, byte[] body, boolean chunked, String... headers)
      throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      head.append("Host: ").append(base.getHost()).append("\r\n");
      if (chunked) {
        head.append("Transfer-Encoding: chunked\r\n");
      }
      for (int i = 0; i < headers.length; i += 2) {
        head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      if (chunked) {
        try {
          for (int at = 0; at < body.length; at += 512) {
            int n = Math.min(512, body.length - at);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (SocketException closed) {
          // The server answered and closed before the whole body was sent: read its answer.
        }
      }
      out.flush();
      return readAnswer(socket.getInputStream());
    }
  }

  /** The head of an answer and as many bytes of body as it declares. */
  private static String readAnswer(java.io.InputStream in) throws IOException {
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    java.util.regex.Matcher length =
        java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return text + new String(body, StandardCharsets.UTF_8);
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  /** An HTTP answer, its body read as JSON when it is some. */
  record Answer(HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    JsonNode json() {
      return Json.parse(response.body().getBytes(StandardCharsets.UTF_8));
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    /** Checks that this is the problem document of {@code type} with {@code status}. */
    JsonNode problem(int status, String type) {
      assertThat(status()).as(body()).isEqualTo(status);
      assertThat(header("Content-Type")).startsWith("application/problem+json");
      JsonNode problem = json();
      assertThat(problem.path("type").asText())
          .isEqualTo("https://civitas.example/problems/" + type);
      assertThat(problem.path("status").asInt()).isEqualTo(status);
      assertThat(problem.path("title").asText()).isNotBlank();
      assertThat(problem.path("detail").asText()).isNotBlank();
      assertThat(problem.path("instance").asText())
          .isEqualTo(response.request().uri().getRawPath());
      return problem;
    }
  }

  // ---------------------------------------------------------------------------- the record

  private static Snapshot readRecord() {
    DatasetReading reading =
        new DatasetReader()
            .read(
                List.of(
                    DatasetSource.of(EXAMPLES.resolve("togo-masspf.yaml")),
                    DatasetSource.of(EXAMPLES.resolve("maroc-strategie-4-4.yaml")),
                    DatasetSource.of(EXAMPLES.resolve("maroc-agadir-das.yaml")),
                    DatasetSource.of(EXAMPLES.resolve("maroc-upe.yaml")),
                    DatasetSource.of(EXAMPLES.resolve("benin-sg.yaml")),
                    DatasetSource.of("access-fixture.yaml", resource("access-fixture.yaml"))));
    assertThat(reading.errors()).isEmpty();
    return reading.snapshot();
  }

  static byte[] resource(String name) {
    try (var in = TestServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String example(String name) {
    try {
      return java.nio.file.Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
