package org.civitas.adapter.rest.bench;

import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.adapter.persistence.jdbc.DatabaseLocation;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.adapter.rest.CodecForTests;
import org.civitas.adapter.rest.RestConfig;
import org.civitas.adapter.rest.RestServer;
import org.civitas.application.Civitas;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.snapshot.Snapshot;

/**
 * Measures, in one JVM, how many reads of one unit and of the tree two levels below it the REST
 * server answers per second over a large record, on an H2 file and on an embedded PostgreSQL
 * server, against a bare Javalin server that answers a constant JSON of the same size (the
 * baseline: what HTTP costs on this machine with nothing behind it). Prints a report in Markdown.
 *
 * <p>The load comes from this JVM too ({@link Load}: {@code --connections} keep-alive connections
 * on loopback, each sending its next request as soon as it has the answer), so it shares the cores
 * with the servers and the database.
 *
 * <p>Run by {@code benchmarks/http.sh}; not a test. Arguments, all optional: {@code --units N}
 * {@code --commitments N} (default 100 000 and 20 000, seed 42), {@code --connections N} (32),
 * {@code --seconds N} (each measurement, 20), {@code --warmup N} (seconds of unmeasured load before
 * each, 10), {@code --stores h2,postgresql}, {@code --endpoints unit,tree}, {@code --budget
 * MINUTES} (40: what does not fit is skipped), {@code --work DIR}.
 */
public final class HttpBenchmark {

  private static final String JSON = "application/json";
  private static final int SAMPLES = 300;

  /** The two reads measured: the path each asks for a unit id. */
  private enum Endpoint {
    UNIT("GET /api/v1/units/{id}", id -> "/api/v1/units/" + id),
    TREE("GET /api/v1/units/{id}/tree?depth=2", id -> "/api/v1/units/" + id + "/tree?depth=2");

    final String shown;
    final Function<String, String> path;

    Endpoint(String shown, Function<String, String> path) {
      this.shown = shown;
      this.path = path;
    }
  }

  private final PrintStream out;
  private final Map<String, String> options;
  private final Path work;
  private final Instant started = Instant.now();
  private final Instant deadline;
  private final String loadBefore = load();
  private final int connections;
  private final Duration measured;
  private final Duration warmUp;
  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private EmbeddedPostgres postgres;

  private HttpBenchmark(PrintStream out, Map<String, String> options, Path work) {
    this.out = out;
    this.options = options;
    this.work = work;
    this.deadline =
        started.plus(Duration.ofMinutes(Long.parseLong(options.getOrDefault("budget", "40"))));
    this.connections = Integer.parseInt(options.getOrDefault("connections", "32"));
    this.measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
    this.warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    Path work =
        options.containsKey("work")
            ? Files.createDirectories(Path.of(options.get("work")))
            : Files.createTempDirectory("civitas-http-bench");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    HttpBenchmark benchmark = new HttpBenchmark(out, options, work);
    try {
      benchmark.run();
    } finally {
      benchmark.stop();
    }
  }

  // ------------------------------------------------------------------------------ the run

  private void run() throws Exception {
    int units = Integer.parseInt(options.getOrDefault("units", "100000"));
    int commitments = Integer.parseInt(options.getOrDefault("commitments", "20000"));
    say(
        "machine: %d processors, %d MiB heap, Java %s; %d connections, %d s measured after %d s"
            + " of warm-up; work in %s",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        connections,
        measured.toSeconds(),
        warmUp.toSeconds(),
        work);
    long start = System.nanoTime();
    Snapshot record = SyntheticDataset.generate(units, commitments, 42);
    String[] ids = record.units().stream().map(u -> u.id().value()).toArray(String[]::new);
    say("generated %,d units and %,d commitments in %.1f s", units, commitments, seconds(start));

    Baseline baseline = Baseline.start();
    try {
      for (String store : options.getOrDefault("stores", "h2,postgresql").split(",")) {
        if (Instant.now().isAfter(deadline)) {
          notes.add(store + ": skipped, the budget was spent");
          continue;
        }
        // Imported, then served by another opening of the database, as `civitas import` and
        // `civitas serve` do: the server does not start on the import's leftovers.
        String url = newDatabase(store);
        try (JdbcStore importing = JdbcStore.open(url)) {
          start = System.nanoTime();
          importing.saveSnapshot(record, entry());
          say("%s: imported the record in %.1f s", store, seconds(start));
        }
        try (JdbcStore serving = JdbcStore.open(url)) {
          measure(store, serving, ids, baseline);
        }
      }
    } finally {
      baseline.stop();
    }
    printReport(units, commitments);
  }

  /**
   * Each endpoint on the server over {@code store}: first with no copies of answers kept, every
   * request read from the store; then as served by default, once every unit has been asked once, so
   * that the answers are kept copies; then at once the baseline.
   */
  private void measure(String store, JdbcStore opened, String[] ids, Baseline baseline)
      throws Exception {
    Civitas civitas = Civitas.builder().store(opened).build();
    for (Endpoint endpoint : endpoints()) {
      Function<SplittableRandom, String> path =
          random -> endpoint.path.apply(ids[random.nextInt(ids.length)]);
      byte[] typical;
      List<Function<Load.Result, String>> pending = new ArrayList<>();
      RestServer uncached =
          new RestServer(
              civitas, new CodecForTests(), RestConfig.DEFAULT.withPort(0).withAnswerCache(0));
      int port = uncached.start();
      try {
        typical = typicalAnswer(port, ids, endpoint);
        Load.Result read =
            warmedUp(
                new Load(port, connections),
                path,
                1,
                store + ", " + endpoint.shown + ", read from the store");
        pending.add(row(endpoint, store, "read from the store", read));
      } finally {
        uncached.stop();
      }

      RestServer served =
          new RestServer(civitas, new CodecForTests(), RestConfig.DEFAULT.withPort(0));
      port = served.start();
      try {
        Load load = new Load(port, connections);
        List<String> everyUnit = new ArrayList<>();
        for (String id : ids) {
          everyUnit.add(endpoint.path.apply(id));
        }
        Collections.shuffle(everyUnit, new Random(5));
        Load.Result first = load.each(everyUnit);
        say("%s, %s, every unit asked once: %s", store, endpoint.shown, first);
        notes.add(
            String.format(
                Locale.ROOT,
                "%s, %s: asking every unit once first took %.0f s (%,.0f req/s, p99 %.1f ms)",
                store,
                endpoint.shown,
                first.seconds(),
                first.perSecond(),
                first.millis(0.99)));
        Load.Result kept = warmedUp(load, path, 1, store + ", " + endpoint.shown + ", kept copies");
        pending.add(row(endpoint, store, "kept copies", kept));
      } finally {
        served.stop();
      }

      baseline.answer(endpoint, typical);
      Load.Result base =
          warmedUp(
              new Load(baseline.port(), connections),
              path,
              3,
              String.format(
                  Locale.ROOT, "baseline of %,d bytes, %s", typical.length, endpoint.shown));
      pending.forEach(row -> rows.add(row.apply(base)));
      notes.add(store + ", " + endpoint.shown + ": load average after it " + load());
    }
  }

  /**
   * The result of {@code load} over {@link #measured} seconds, after {@link #warmUp} seconds
   * unmeasured, said with {@code what}; the warm-up draws its paths from {@code seed}, the
   * measurement from the next seed.
   */
  private Load.Result warmedUp(
      Load load, Function<SplittableRandom, String> path, long seed, String what)
      throws InterruptedException {
    load.run(warmUp, seed, path);
    Load.Result result = load.run(measured, seed + 1, path);
    say("%s: %s", what, result);
    return result;
  }

  /** A row of the report, to complete with the baseline of its endpoint. */
  private static Function<Load.Result, String> row(
      Endpoint endpoint, String store, String answers, Load.Result result) {
    return base ->
        String.format(
            Locale.ROOT,
            "| `%s` | %s | %s | %,.0f | %.1f ms | %.1f ms | %,.0f | %.1f ms | %.1f ms | **%.0f"
                + " %%** | %,.0f | %,d |",
            endpoint.shown,
            store,
            answers,
            result.perSecond(),
            result.millis(0.50),
            result.millis(0.99),
            base.perSecond(),
            base.millis(0.50),
            base.millis(0.99),
            100 * result.perSecond() / base.perSecond(),
            result.meanBytes(),
            result.failures());
  }

  /** The endpoints asked for ({@code --endpoints unit,tree}), all unless told. */
  private List<Endpoint> endpoints() {
    return Arrays.stream(options.getOrDefault("endpoints", "unit,tree").split(","))
        .map(name -> Endpoint.valueOf(name.strip().toUpperCase(Locale.ROOT)))
        .toList();
  }

  /**
   * The answer, among those to {@link #SAMPLES} ids drawn as the load draws them, whose size is the
   * nearest to their mean: what the baseline answers.
   */
  private byte[] typicalAnswer(int port, String[] ids, Endpoint endpoint)
      throws IOException, InterruptedException {
    SplittableRandom random = new SplittableRandom(0);
    List<byte[]> answers = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      String path = endpoint.path.apply(ids[random.nextInt(ids.length)]);
      HttpResponse<byte[]> answer =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            path
                + " answered "
                + answer.statusCode()
                + ": "
                + new String(answer.body(), StandardCharsets.UTF_8));
      }
      answers.add(answer.body());
    }
    double mean = answers.stream().mapToInt(a -> a.length).average().orElseThrow();
    return answers.stream()
        .min((a, b) -> Double.compare(Math.abs(a.length - mean), Math.abs(b.length - mean)))
        .orElseThrow();
  }

  // ------------------------------------------------------------------------------ the baseline

  /**
   * A bare Javalin server of the version and configuration style of the REST server, answering a
   * constant JSON to each of the measured paths.
   */
  private static final class Baseline {
    private final Map<Endpoint, AtomicReference<byte[]>> answers = new HashMap<>();
    private final Javalin app;

    private Baseline() {
      for (Endpoint endpoint : Endpoint.values()) {
        answers.put(endpoint, new AtomicReference<>(new byte[0]));
      }
      app =
          Javalin.create(
              javalin -> {
                javalin.showJavalinBanner = false;
                javalin.startupWatcherEnabled = false;
                javalin.http.prefer405over404 = true;
                javalin.http.generateEtags = false;
                javalin.router.ignoreTrailingSlashes = true;
                javalin.jetty.modifyHttpConfiguration(
                    http -> http.setDelayDispatchUntilContent(false));
                javalin.router.mount(
                    routing -> {
                      routing.get(
                          "/api/v1/units/{id}",
                          ctx -> ctx.contentType(JSON).result(answers.get(Endpoint.UNIT).get()));
                      routing.get(
                          "/api/v1/units/{id}/tree",
                          ctx -> ctx.contentType(JSON).result(answers.get(Endpoint.TREE).get()));
                    });
              });
    }

    static Baseline start() {
      Baseline baseline = new Baseline();
      baseline.app.start("127.0.0.1", 0);
      return baseline;
    }

    void answer(Endpoint endpoint, byte[] json) {
      answers.get(endpoint).set(json);
    }

    int port() {
      return app.port();
    }

    void stop() {
      app.stop();
    }
  }

  // ------------------------------------------------------------------------------ databases

  private String newDatabase(String store) throws IOException, SQLException {
    if (store.equals("h2")) {
      return DatabaseLocation.embedded(Files.createDirectories(work.resolve("h2")));
    }
    if (!store.equals("postgresql")) {
      throw new IllegalArgumentException("--stores takes h2 and postgresql, not " + store);
    }
    postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      notes.add("postgresql: " + settings(s));
      s.execute("CREATE DATABASE civitas");
    }
    return postgres.getJdbcUrl("postgres", "civitas");
  }

  private static String settings(Statement s) throws SQLException {
    List<String> shown = new ArrayList<>();
    for (String setting :
        List.of("server_version", "fsync", "synchronous_commit", "shared_buffers", "work_mem")) {
      try (ResultSet r = s.executeQuery("SHOW " + setting)) {
        r.next();
        shown.add(setting + " = " + r.getString(1));
      }
    }
    return String.join(", ", shown);
  }

  private static AuditEntry entry() {
    return new AuditEntry(
        Instant.now(),
        "benchmark",
        "snapshot.import",
        "snapshot",
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  // ------------------------------------------------------------------------------ report

  private void printReport(int units, int commitments) {
    out.println();
    out.printf(
        Locale.ROOT,
        "## Reads over HTTP (%s): %,d units, %,d commitments, %d connections, %d s each%n",
        LocalDate.now(ZoneOffset.UTC),
        units,
        commitments,
        connections,
        measured.toSeconds());
    out.println();
    out.println(
        "| endpoint | store | answers | req/s | p50 | p99 | baseline req/s | baseline p50 |"
            + " baseline p99 | store / baseline | bytes | non-200 |");
    out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    rows.forEach(out::println);
    out.println();
    notes.forEach(note -> out.println("- " + note));
    out.println(
        "- the load generator runs in the same JVM and shares the "
            + Runtime.getRuntime().availableProcessors()
            + " cores with the servers and the database");
    out.println(
        "- load average (1, 5, 15 min) at the start: "
            + loadBefore
            + "; at the end: "
            + load()
            + "; run time "
            + Duration.between(started, Instant.now()).toMinutes()
            + " min");
  }

  /** The machine's load averages, which say how much other work competed for its cores. */
  private static String load() {
    try {
      String[] fields =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private void say(String format, Object... args) {
    out.println(
        "["
            + Duration.ofSeconds(Duration.between(started, Instant.now()).toSeconds())
                .toString()
                .substring(2)
                .toLowerCase(Locale.ROOT)
            + "] "
            + String.format(Locale.ROOT, format, args));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
