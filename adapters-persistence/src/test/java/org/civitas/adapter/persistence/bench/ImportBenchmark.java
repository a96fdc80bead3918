package org.civitas.adapter.persistence.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.in.GetProgressQuery;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;

/**
 * Measures, in one JVM, how fast {@link JdbcStore} imports a large synthetic record into a fresh
 * embedded H2 file and into a fresh database of an embedded PostgreSQL server, against a plain JDBC
 * batch insert of the same rows into the same tables (no validation, no mapping: the rows the store
 * wrote, read back and inserted with {@code addBatch}/{@code executeBatch}); then how long the
 * subtree and roll-up queries take at that size and at a larger one. Prints a report in Markdown.
 *
 * <p>Run by {@code benchmarks/run.sh}; not a test. Arguments, all optional: {@code --units N}
 * {@code --commitments N} (the import, default 100 000 and 20 000), {@code --large N[,N…]} (the
 * larger sizes to try for the queries, largest first; default 1 000 000,300 000), {@code --budget
 * MINUTES} (default 50: a larger size is skipped when its estimated time does not fit), {@code
 * --vendors h2,postgresql}, {@code --work DIR}.
 */
public final class ImportBenchmark {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private static final int BATCH = 1_000;
  private static final int QUERY_RUNS = 5;
  private static final Duration QUERY_TIME = Duration.ofSeconds(90);
  private static final double ESTIMATE_FACTOR = 3.0;

  /** The tables an import writes, each with the columns of its primary-key order. */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("units", "id");
    TABLES.put("unit_parent_links", "unit_id, position");
    TABLES.put("unit_paths", "unit_id, path, first_day");
    TABLES.put("strategies", "id");
    TABLES.put("commitments", "id");
  }

  private final PrintStream out;
  private final Path work;
  private final Instant deadline;
  private final List<String> vendors;
  private final Instant started = Instant.now();
  private final String loadBefore = load();
  private boolean reporting = true;
  private final List<String> imports = new ArrayList<>();
  private final List<String> report = new ArrayList<>();
  private final Map<String, String> notes = new LinkedHashMap<>();
  private EmbeddedPostgres postgres;
  private int databases;

  private ImportBenchmark(PrintStream out, Path work, Duration budget, List<String> vendors) {
    this.out = out;
    this.work = work;
    this.deadline = Instant.now().plus(budget);
    this.vendors = vendors;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int units = Integer.parseInt(options.getOrDefault("units", "100000"));
    int commitments = Integer.parseInt(options.getOrDefault("commitments", "20000"));
    List<Integer> large =
        Arrays.stream(options.getOrDefault("large", "1000000,300000").split(","))
            .filter(s -> !s.isBlank())
            .map(Integer::parseInt)
            .toList();
    Duration budget = Duration.ofMinutes(Long.parseLong(options.getOrDefault("budget", "50")));
    List<String> vendors = List.of(options.getOrDefault("vendors", "postgresql,h2").split(","));
    Path work =
        options.containsKey("work")
            ? Files.createDirectories(Path.of(options.get("work")))
            : Files.createTempDirectory("civitas-bench");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ImportBenchmark benchmark = new ImportBenchmark(out, work, budget, vendors);
    try {
      benchmark.run(units, commitments, large);
    } finally {
      benchmark.stop();
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  // ------------------------------------------------------------------------------ the run

  private void run(int units, int commitments, List<Integer> large) throws Exception {
    say(
        "machine: %d processors, %d MiB heap, Java %s; work in %s",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        work);
    if (vendors.contains("postgresql")) {
      postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        notes.put("postgresql", settings(s));
      }
    }

    // The JIT compiles the imports' and the queries' code before anything is measured.
    Snapshot small = generated(5_000, 1_000, "warm-up");
    UnitId smallRoot = subtreeRoot(small, 1_000);
    for (String vendor : vendors) {
      try (Imported imported = importInto(vendor, small, Mode.WARM_UP)) {
        queries(vendor, imported, smallRoot, false);
      }
    }

    Map<String, Double> importSeconds = atImportSize(units, commitments);
    int largeRuns = 0;
    for (String vendor : vendors) {
      Optional<Integer> size = largestThatFits(large, units, importSeconds.get(vendor));
      if (size.isEmpty()) {
        say("%s: no larger size fits in the time left; skipped", vendor);
        report.add(
            "| "
                + vendor
                + " | "
                + large
                + " | skipped: the estimated import and queries do not fit in the time left | | |");
        continue;
      }
      atLargeSize(vendor, size.get());
      largeRuns++;
    }
    printReport(largeRuns);
  }

  /** The import compared with the baseline, then the queries, on each database. */
  private Map<String, Double> atImportSize(int units, int commitments) throws SQLException {
    Snapshot record = generated(units, commitments, "import");
    UnitId root = subtreeRoot(record, 10_000);
    Map<String, Double> importSeconds = new HashMap<>();
    for (String vendor : vendors) {
      try (Imported imported = importInto(vendor, record, Mode.WITH_BASELINE)) {
        importSeconds.put(vendor, imported.storeSeconds);
        queries(vendor, imported, root);
      }
    }
    return importSeconds;
  }

  /** The import alone, then the queries, with the generated record out of memory. */
  private void atLargeSize(String vendor, int units) throws SQLException {
    UnitId root;
    Imported imported;
    {
      Snapshot record = generated(units, units / 5, "large");
      root = subtreeRoot(record, 10_000);
      imported = importInto(vendor, record, Mode.ALONE);
    }
    try (Imported open = imported) {
      queries(vendor, open, root);
    }
  }

  private Snapshot generated(int units, int commitments, String what) {
    long start = System.nanoTime();
    Snapshot snapshot = SyntheticDataset.generate(units, commitments, 42);
    say(
        "generated %,d units and %,d commitments (%s) in %.1f s",
        units, commitments, what, seconds(start));
    return snapshot;
  }

  /**
   * The largest of {@code sizes} whose import and queries, estimated from the import of {@code
   * measuredUnits}, fit in the time left.
   */
  private Optional<Integer> largestThatFits(
      List<Integer> sizes, int measuredUnits, double measuredSeconds) {
    double left = Duration.between(Instant.now(), deadline).toSeconds();
    for (int size : sizes) {
      // The import grows about linearly; the queries on the whole tree take about as long again.
      double estimate = ESTIMATE_FACTOR * measuredSeconds * size / measuredUnits;
      say("%,d units: estimated %.0f s, %.0f s left", size, estimate, left);
      if (estimate < left) {
        return Optional.of(size);
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------ imports

  /** A store holding an imported record, and how long the import took. */
  private static final class Imported implements AutoCloseable {
    final JdbcStore store;
    final double storeSeconds;

    Imported(JdbcStore store, double storeSeconds) {
      this.store = store;
      this.storeSeconds = storeSeconds;
    }

    @Override
    public void close() {
      store.close();
    }
  }

  /** What an import is run for. */
  private enum Mode {
    /** Not reported: the JIT compiles the code paths of both ways of inserting. */
    WARM_UP,
    /** Reported with the baseline. */
    WITH_BASELINE,
    /** Reported alone. */
    ALONE
  }

  /**
   * Imports {@code record} through the store into a fresh database; unless {@code ALONE}, inserts
   * the same rows into another fresh database with plain JDBC batches, and reports both.
   */
  private Imported importInto(String vendor, Snapshot record, Mode mode) throws SQLException {
    String url = newDatabase(vendor);
    JdbcStore store = JdbcStore.open(url);
    long start = System.nanoTime();
    store.saveSnapshot(record, entry());
    double storeSeconds = seconds(start);
    long rows = count(url);
    say(
        "%s: store imported %,d units (%,d rows) in %.1f s: %,.0f rows/s",
        vendor, record.units().size(), rows, storeSeconds, rows / storeSeconds);
    String line =
        String.format(
            Locale.ROOT,
            "| %s | %,d units, %,d commitments | %,d | %.1f s | %,.0f |",
            vendor,
            record.units().size(),
            record.commitments().size(),
            rows,
            storeSeconds,
            rows / storeSeconds);
    if (mode != Mode.ALONE) {
      Map<String, List<Object[]>> table = rowsOf(url);
      String plain = newDatabase(vendor);
      JdbcStore.open(plain).close();
      long baselineStart = System.nanoTime();
      insertPlainly(vendor, plain, table);
      double baselineSeconds = seconds(baselineStart);
      say(
          "%s: plain JDBC inserted the same %,d rows in %.1f s: %,.0f rows/s; the store runs at"
              + " %.0f %% of it",
          vendor,
          rows,
          baselineSeconds,
          rows / baselineSeconds,
          100 * baselineSeconds / storeSeconds);
      line +=
          String.format(
              Locale.ROOT,
              " %.1f s | %,.0f | %.0f %% |",
              baselineSeconds,
              rows / baselineSeconds,
              100 * baselineSeconds / storeSeconds);
    } else {
      line += " | | |";
    }
    if (mode != Mode.WARM_UP) {
      imports.add(line);
    }
    return new Imported(store, storeSeconds);
  }

  private String newDatabase(String vendor) throws SQLException {
    String name = "civitas_" + ++databases;
    if (vendor.equals("h2")) {
      return "jdbc:h2:file:" + work.resolve("h2").resolve(name).toAbsolutePath();
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
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

  private static long count(String url) throws SQLException {
    long rows = 0;
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String table : TABLES.keySet()) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          r.next();
          rows += r.getLong(1);
        }
      }
    }
    return rows;
  }

  /** Every row the store wrote, table by table, in primary-key order. */
  private static Map<String, List<Object[]>> rowsOf(String url) throws SQLException {
    Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (Map.Entry<String, String> table : TABLES.entrySet()) {
        List<Object[]> read = new ArrayList<>();
        try (ResultSet r =
            s.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
          ResultSetMetaData meta = r.getMetaData();
          Object[] names = new Object[meta.getColumnCount()];
          for (int i = 0; i < names.length; i++) {
            names[i] = meta.getColumnName(i + 1).toLowerCase(Locale.ROOT);
          }
          read.add(names);
          while (r.next()) {
            Object[] row = new Object[names.length];
            for (int i = 0; i < row.length; i++) {
              row[i] = r.getObject(i + 1);
            }
            read.add(row);
          }
        }
        rows.put(table.getKey(), read);
      }
    }
    return rows;
  }

  /**
   * The baseline: the rows inserted table by table in one transaction, by batches of the store's
   * size, with nothing else done.
   */
  private static void insertPlainly(String vendor, String url, Map<String, List<Object[]>> rows)
      throws SQLException {
    // The store lets the PostgreSQL driver rewrite batches into multi-row inserts; so does this.
    String connect = vendor.equals("postgresql") ? url + "&reWriteBatchedInserts=true" : url;
    try (Connection c = DriverManager.getConnection(connect)) {
      c.setAutoCommit(false);
      for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
        Object[] names = table.getValue().get(0);
        String sql =
            "INSERT INTO "
                + table.getKey()
                + " ("
                + String.join(", ", Arrays.stream(names).map(Object::toString).toList())
                + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(names.length, "?"))
                + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
          int pending = 0;
          for (Object[] row : table.getValue().subList(1, table.getValue().size())) {
            for (int i = 0; i < row.length; i++) {
              insert.setObject(i + 1, row[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
              insert.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            insert.executeBatch();
          }
        }
      }
      c.commit();
    }
  }

  // ------------------------------------------------------------------------------ queries

  /** Times the subtree reads below {@code root} and the roll-up of the whole tree. */
  private void queries(String vendor, Imported imported, UnitId root) {
    queries(vendor, imported, root, true);
  }

  /** Runs those queries; times and reports them when {@code reported}, else runs each once. */
  private void queries(String vendor, Imported imported, UnitId root, boolean reported) {
    this.reporting = reported;
    JdbcStore store = imported.store;
    Civitas civitas = Civitas.builder().store(store).build();
    String size = String.format(Locale.ROOT, "%,d", store.countStored().units());
    int subtree = store.loadSubtree(root, DAY, OptionalInt.empty()).size();
    String below = String.format(Locale.ROOT, "%,d-unit subtree (%s)", subtree, root);
    time(
        vendor,
        size,
        "load the " + below + " (LoadSubtreePort)",
        () -> store.loadSubtree(root, DAY, OptionalInt.empty()).size());
    time(
        vendor,
        size,
        "tree of the " + below + " (GetTree)",
        () -> civitas.getTree().tree(GetTreeQuery.whole().from(root).asOf(DAY)).roots().size());
    time(
        vendor,
        size,
        "roll-up of the " + below + " (GetProgress)",
        () ->
            civitas
                .getProgress()
                .progress(new GetProgressQuery(Optional.of(root), Optional.of(DAY)))
                .units()
                .size());
    time(
        vendor,
        size,
        "roll-up of the whole tree (GetProgress)",
        () ->
            civitas.getProgress().progress(GetProgressQuery.everywhere().asOf(DAY)).units().size());
  }

  /**
   * Runs {@code query} once to warm it, then up to {@link #QUERY_RUNS} times or {@link
   * #QUERY_TIME}, and reports the median.
   */
  private void time(String vendor, String units, String what, Supplier<Integer> query) {
    int answer = query.get();
    if (!reporting) {
      return;
    }
    List<Double> runs = new ArrayList<>();
    Instant stop = Instant.now().plus(QUERY_TIME);
    while (runs.size() < QUERY_RUNS && (runs.isEmpty() || Instant.now().isBefore(stop))) {
      long start = System.nanoTime();
      int again = query.get();
      runs.add(seconds(start) * 1000);
      if (again != answer) {
        throw new IllegalStateException(what + " answered " + again + ", then " + answer);
      }
    }
    runs.sort(Double::compare);
    double median = runs.get(runs.size() / 2);
    say("%s, %s units: %s: median %.0f ms of %d runs", vendor, units, what, median, runs.size());
    report.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %,.0f ms | %d |",
            vendor,
            units,
            what,
            median,
            runs.size()));
  }

  /** The unit whose subtree today is the nearest to {@code size} units. */
  static UnitId subtreeRoot(Snapshot record, int size) {
    Map<UnitId, UnitId> parent = new HashMap<>();
    for (OrgUnit unit : record.units()) {
      unit.parentOn(DAY).ifPresent(p -> parent.put(unit.id(), p));
    }
    Map<UnitId, Integer> sizes = new HashMap<>();
    for (OrgUnit unit : record.units()) {
      for (UnitId at = unit.id(); at != null; at = parent.get(at)) {
        sizes.merge(at, 1, Integer::sum);
      }
    }
    return sizes.entrySet().stream()
        .min(
            (a, b) -> Integer.compare(Math.abs(a.getValue() - size), Math.abs(b.getValue() - size)))
        .orElseThrow()
        .getKey();
  }

  // ------------------------------------------------------------------------------ report

  private void printReport(int largeRuns) {
    out.println();
    out.println("## Import (" + LocalDate.now(ZoneOffset.UTC) + ")");
    out.println();
    out.println(
        "| database | record | rows | JdbcStore.saveSnapshot | rows/s | plain JDBC batch |"
            + " rows/s | store / plain |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    imports.forEach(out::println);
    out.println();
    out.println("## Queries on " + DAY + " (" + largeRuns + " larger size(s) measured)");
    out.println();
    out.println("| database | units | query | median | runs |");
    out.println("|---|---:|---|---:|---:|");
    report.forEach(out::println);
    out.println();
    notes.forEach((vendor, note) -> out.println("- " + vendor + ": " + note));
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

  private void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
