package org.civitas.adapter.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.civitas.adapter.persistence.jdbc.Rows.AuditRow;
import org.civitas.adapter.persistence.jdbc.Rows.CommitmentRow;
import org.civitas.adapter.persistence.jdbc.Rows.ParentLinkRow;
import org.civitas.adapter.persistence.jdbc.Rows.PathRow;
import org.civitas.adapter.persistence.jdbc.Rows.StrategyRow;
import org.civitas.adapter.persistence.jdbc.Rows.UnitRow;
import org.civitas.adapter.persistence.path.DatedPath;
import org.civitas.adapter.persistence.path.UnitPaths;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The record and its audit log in a relational database: an embedded H2 file, or PostgreSQL. {@link
 * #open(String)} brings the schema up to date (Flyway migrations) before anything is read.
 *
 * <p>Each write is one transaction, its audit entry included. A commitment is changed only {@code
 * WHERE version = } the version its writer read, so of two writers naming one version exactly one
 * changes it. Importing a snapshot replaces the record in one transaction, in batches, and writes
 * each unit's dated paths with it; subtree queries read those paths through their index and never
 * walk the hierarchy. Readers that need several queries read them in one repeatable-read
 * transaction, so they see one state of the record.
 *
 * <p>Units are kept as first established, beside the restructurings of the record; every read of
 * units applies the restructurings to them, so that a unit comes back across time (its names, its
 * parents, its end), and the paths are written from the units across time.
 *
 * <p>It keeps the API tokens too (their hashes, never their secrets), so that a server and the
 * command line that makes tokens share them.
 *
 * <p>Safe to share between threads; close it to release its connections.
 */
public final class JdbcStore implements CivitasStore, ApiTokenPort, AutoCloseable {

  private static final int BATCH = 1_000;
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String UNIT_COLUMNS =
      "u.id, u.position, u.version, u.kind, u.names, u.acronym, u.established, u.dissolved,"
          + " u.first_day, u.last_day, u.staff, u.territory, u.posts, u.mandate, u.links";
  private static final String LINK_COLUMNS =
      "l.unit_id, l.position, l.parent_id, l.start_date, l.end_date, l.first_day, l.last_day";

  /** A unit's parent link beside the unit's columns, under names of its own where they clash. */
  private static final String JOINED_LINK_COLUMNS =
      "l.position AS link_position, l.parent_id, l.start_date, l.end_date,"
          + " l.first_day AS link_first_day, l.last_day AS link_last_day";

  private static final String AUDIT_COLUMNS =
      "at, actor, action, subject, state_before, state_after, note";
  private static final String UNITS_ON_PATHS =
      " FROM unit_paths p JOIN units u ON u.id = p.unit_id";

  /** Whether the path row {@code p} is in force on {@code :day}. */
  private static final String PATH_IN_FORCE =
      "(p.first_day IS NULL OR p.first_day <= :day) AND (p.last_day IS NULL OR p.last_day >= :day)";

  /**
   * The databases Civitas runs on, and what differs between them. The paths below a path are found
   * through the index on paths both ways, each as its database serves it best: PostgreSQL by {@code
   * LIKE 'prefix%'} over its text_pattern_ops index; H2 by the range of paths from the prefix up to
   * the prefix with its closing slash turned into the next character, as it parses and plans a
   * {@code LIKE} with a bound pattern again at every execution, and compares text by code point.
   */
  private enum Vendor {
    H2("jdbc:h2:", "h2", false, "p.path >= :prefix AND p.path < :beyond"),
    POSTGRESQL("jdbc:postgresql:", "postgresql", true, "p.path LIKE :prefix");

    private final String urlPrefix;
    private final String migrations;
    private final boolean analyzesAfterImport;
    private final String pathsUnder;

    Vendor(String urlPrefix, String migrations, boolean analyzesAfterImport, String pathsUnder) {
      this.urlPrefix = urlPrefix;
      this.migrations = migrations;
      this.analyzesAfterImport = analyzesAfterImport;
      this.pathsUnder = pathsUnder;
    }

    static Optional<Vendor> of(String url) {
      return Arrays.stream(values()).filter(v -> url.startsWith(v.urlPrefix)).findFirst();
    }
  }

  private final String url;
  private final Vendor vendor;
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final RowMapper rows = RowMapper.INSTANCE;

  /** Held by each write on H2 for its whole transaction: see {@link #writing}. */
  private final ReentrantLock writeTurn = new ReentrantLock();

  private JdbcStore(String url, Vendor vendor, HikariDataSource pool) {
    this.url = url;
    this.vendor = vendor;
    this.pool = pool;
    this.jdbi = configured(Jdbi.create(pool));
  }

  /**
   * Opens the database at {@code url} ({@code jdbc:h2:…} or {@code jdbc:postgresql://…}, user and
   * password in the URL where needed) and brings its schema up to date.
   *
   * @throws DatabaseUnavailable when the URL is not one of those, the database cannot be reached,
   *     or its schema cannot be migrated
   */
  public static JdbcStore open(String url) {
    Vendor vendor = Vendor.of(url).orElseThrow(() -> DatabaseUnavailable.unsupported(url));
    // One connection first, straight from the driver: a database that cannot be reached is
    // then said in one line, before the pool would log its own failure.
    try (Connection probe = DriverManager.getConnection(url)) {
      probe.isValid(5);
    } catch (SQLException e) {
      throw DatabaseUnavailable.unreachable(url, e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("civitas");
    config.setConnectionTimeout(10_000);
    if (vendor == Vendor.POSTGRESQL) {
      // Lets the driver send a batch of inserts as a few multi-row statements.
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    } else if (vendor == Vendor.H2) {
      // Else H2 may answer a query run again on one connection with the result it kept from
      // the last run, while no table the query reads is marked changed. A commit marks its
      // tables just before and just after others see it: in between, a read could come back
      // older than one another connection has already made. Needs an admin user, as the one
      // that creates an embedded file is.
      config.setConnectionInitSql("SET OPTIMIZE_REUSE_RESULTS FALSE");
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw DatabaseUnavailable.unreachable(url, e);
    }
    try {
      migrate(pool, vendor.migrations);
    } catch (FlywayException e) {
      pool.close();
      throw DatabaseUnavailable.notMigrated(url, e);
    }
    return new JdbcStore(url, vendor, pool);
  }

  /**
   * Common SQL in {@code db/migration/common}; what a database writes its own way in {@code
   * db/migration/h2} or {@code db/migration/postgresql}, under version numbers of its own.
   */
  private static void migrate(DataSource database, String vendor) {
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .load()
        .migrate();
  }

  private static Jdbi configured(Jdbi jdbi) {
    // Dates and moments go through the driver's own java.time support: no time zone, no
    // calendar conversion on the way.
    jdbi.registerArgument(
        new AbstractArgumentFactory<LocalDate>(Types.DATE) {
          @Override
          protected Argument build(LocalDate value, ConfigRegistry config) {
            return direct(value, Types.DATE);
          }
        });
    jdbi.registerArgument(
        new AbstractArgumentFactory<OffsetDateTime>(Types.TIMESTAMP_WITH_TIMEZONE) {
          @Override
          protected Argument build(OffsetDateTime value, ConfigRegistry config) {
            return direct(value, Types.TIMESTAMP_WITH_TIMEZONE);
          }
        });
    jdbi.registerColumnMapper(
        LocalDate.class, (rs, column, ctx) -> rs.getObject(column, LocalDate.class));
    jdbi.registerColumnMapper(
        OffsetDateTime.class, (rs, column, ctx) -> rs.getObject(column, OffsetDateTime.class));
    Rows.readWith(jdbi);
    return jdbi;
  }

  private static Argument direct(Object value, int sqlType) {
    return (position, statement, ctx) -> statement.setObject(position, value, sqlType);
  }

  /** The URL this store was opened on, without its password. */
  public String url() {
    return DatabaseUnavailable.shown(url);
  }

  @Override
  public void close() {
    pool.close();
  }

  /**
   * Runs {@code reads} in one repeatable-read transaction, so that the several queries of one
   * answer see one state of the record. PostgreSQL is told so for that transaction alone: changing
   * the session's level, and changing it back, would cost the driver a round trip each, and asking
   * it what the level was another.
   */
  private <R> R reading(HandleCallback<R, RuntimeException> reads) {
    if (vendor == Vendor.POSTGRESQL) {
      return jdbi.inTransaction(
          h -> {
            h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            return reads.withHandle(h);
          });
    }
    return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, reads);
  }

  /**
   * Runs {@code write} in one transaction. On H2 the writes of this store take turns, each
   * beginning once the one before has committed: when two transactions update one row at the same
   * moment, H2 now and then lets the second change the row as it was before the first committed, so
   * that an update acknowledged to the first is lost, even under {@code WHERE version = }.
   */
  private <R> R writing(HandleCallback<R, RuntimeException> write) {
    if (vendor != Vendor.H2) {
      return jdbi.inTransaction(write);
    }
    writeTurn.lock();
    try {
      return jdbi.inTransaction(write);
    } finally {
      writeTurn.unlock();
    }
  }

  // ------------------------------------------------------------------------------ snapshots

  @Override
  public Snapshot loadSnapshot() {
    return reading(
        h ->
            new Snapshot(
                unitsAsEstablished(h),
                h.createQuery(
                        "SELECT id, position, version, owner, document FROM strategies ORDER BY position")
                    .mapTo(StrategyRow.class)
                    .map(rows::strategy)
                    .collect(ImmutableList.toImmutableList()),
                h.createQuery(
                        "SELECT id, position, version, lead, document FROM commitments ORDER BY position")
                    .mapTo(CommitmentRow.class)
                    .map(rows::commitment)
                    .collect(ImmutableList.toImmutableList()),
                restructurings(h)));
  }

  /** The restructurings of the record, in the order given. */
  private ImmutableList<Restructuring> restructurings(Handle h) {
    return h.createQuery("SELECT document FROM restructurings ORDER BY position")
        .mapTo(String.class)
        .map(rows::restructuring)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public Counts countStored() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT (SELECT COUNT(*) FROM units), (SELECT COUNT(*) FROM strategies),"
                        + " (SELECT COUNT(*) FROM commitments)")
                .map((rs, ctx) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .one());
  }

  @Override
  public void saveSnapshot(Snapshot snapshot, AuditEntry entry) {
    // Everything that refuses a snapshot is checked before the transaction begins.
    requireDistinct(snapshot.units(), OrgUnit::id, "units");
    requireDistinct(snapshot.strategies(), Strategy::id, "strategies");
    requireDistinct(snapshot.commitments(), Commitment::id, "commitments");
    ImmutableList<DatedPath> paths = UnitPaths.of(snapshot);
    writing(
        h -> {
          // Imports take turns, and each reads the versions it moves on under lock, so that a
          // writer holding an older version is refused afterwards.
          h.createUpdate("UPDATE import_turn SET imports = imports + 1 WHERE id = 1").execute();
          Map<String, Long> unitVersions = lockedVersions(h, "units");
          Map<String, Long> strategyVersions = lockedVersions(h, "strategies");
          Map<String, Long> commitmentVersions = lockedVersions(h, "commitments");
          for (String table :
              List.of(
                  "unit_paths",
                  "unit_parent_links",
                  "units",
                  "strategies",
                  "commitments",
                  "restructurings")) {
            h.createUpdate("DELETE FROM " + table).execute();
          }
          insertUnits(h, snapshot.units(), unitVersions);
          insert(
              h,
              "INSERT INTO unit_paths (unit_id, path, depth, first_day, last_day)"
                  + " VALUES (:unitId, :path, :depth, :firstDay, :lastDay)",
              Lists.transform(paths, rows::row),
              Comparator.comparing(PathRow::unitId));
          insert(
              h,
              "INSERT INTO strategies (id, position, version, owner, document)"
                  + " VALUES (:id, :position, :version, :owner, :document)",
              positioned(
                  snapshot.strategies(),
                  (s, position) -> rows.row(s, position, next(strategyVersions, s.id().value()))),
              Comparator.comparing(StrategyRow::id));
          insert(
              h,
              "INSERT INTO commitments (id, position, version, lead, document)"
                  + " VALUES (:id, :position, :version, :lead, :document)",
              positioned(
                  snapshot.commitments(),
                  (c, position) -> rows.row(c, position, next(commitmentVersions, c.id().value()))),
              Comparator.comparing(CommitmentRow::id));
          PreparedBatch restructurings =
              h.prepareBatch(
                  "INSERT INTO restructurings (position, document) VALUES (:position, :document)");
          for (int i = 0; i < snapshot.restructurings().size(); i++) {
            restructurings
                .bind("position", i)
                .bind("document", rows.document(snapshot.restructurings().get(i)))
                .add();
          }
          if (!snapshot.restructurings().isEmpty()) {
            restructurings.execute();
          }
          append(h, entry);
          return null;
        });
    if (vendor.analyzesAfterImport) {
      // The planner learns the new record at once, rather than when autovacuum comes by.
      jdbi.useHandle(
          h ->
              h.execute(
                  "ANALYZE units, unit_parent_links, unit_paths, strategies, commitments,"
                      + " restructurings"));
    }
  }

  private void insertUnits(Handle h, List<OrgUnit> units, Map<String, Long> versions) {
    insert(
        h,
        "INSERT INTO units (id, position, version, kind, names, acronym, established, dissolved,"
            + " first_day, last_day, staff, territory, posts, mandate, links) VALUES (:id, :position,"
            + " :version, :kind, :names, :acronym, :established, :dissolved, :firstDay, :lastDay,"
            + " :staff, :territory, :posts, :mandate, :links)",
        positioned(units, (u, position) -> rows.row(u, position, next(versions, u.id().value()))),
        Comparator.comparing(UnitRow::id));
    List<ParentLinkRow> links = new ArrayList<>();
    for (OrgUnit unit : units) {
      for (int i = 0; i < unit.parents().size(); i++) {
        links.add(rows.row(unit.id(), i, unit.parents().get(i)));
      }
    }
    insert(
        h,
        "INSERT INTO unit_parent_links (unit_id, position, parent_id, start_date, end_date,"
            + " first_day, last_day) VALUES (:unitId, :position, :parentId, :startDate, :endDate,"
            + " :firstDay, :lastDay)",
        links,
        Comparator.comparing(ParentLinkRow::unitId).thenComparingInt(ParentLinkRow::position));
  }

  /** The version of each row of {@code table}, locked until the transaction ends. */
  private static Map<String, Long> lockedVersions(Handle h, String table) {
    Map<String, Long> versions = new HashMap<>();
    h.createQuery("SELECT id, version FROM " + table + " FOR UPDATE")
        .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getLong("version")))
        .forEach(row -> versions.put(row.getKey(), row.getValue()));
    return versions;
  }

  private static long next(Map<String, Long> versions, String id) {
    return versions.getOrDefault(id, Versioned.NOT_STORED) + 1;
  }

  /**
   * Inserts {@code rows} by batches, each row's columns bound from its accessors, in the order of
   * {@code key}: the order of the table's primary index, which the database then fills from one end
   * instead of rewriting pages all over it.
   */
  private static <R> void insert(Handle h, String sql, List<R> rows, Comparator<? super R> key) {
    List<R> ordered = new ArrayList<>(rows);
    ordered.sort(key);
    for (List<R> chunk : Lists.partition(ordered, BATCH)) {
      PreparedBatch batch = h.prepareBatch(sql);
      chunk.forEach(row -> batch.bindMethods(row).add());
      batch.execute();
    }
  }

  private interface Positioned<V, R> {
    R row(V value, int position);
  }

  private static <V, R> List<R> positioned(List<V> values, Positioned<V, R> row) {
    List<R> rows = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      rows.add(row.row(values.get(i), i));
    }
    return rows;
  }

  private static <V, K> void requireDistinct(List<V> values, Function<V, K> id, String kinds) {
    Set<K> seen = new HashSet<>();
    for (V value : values) {
      if (!seen.add(id.apply(value))) {
        throw new IllegalArgumentException(
            "two "
                + kinds
                + " share the id '"
                + id.apply(value)
                + "': validate the snapshot first");
      }
    }
  }

  // ------------------------------------------------------------------------------ units

  @Override
  public ImmutableList<OrgUnit> loadUnits() {
    return reading(h -> allUnits(h));
  }

  @Override
  public Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
    return reading(
        h -> {
          List<Versioned<OrgUnit>> found = new ArrayList<>(1);
          withParents(
              h,
              " FROM units u",
              " WHERE u.id = :id",
              Map.of("id", id.value()),
              (row, parents) -> found.add(Versioned.of(rows.unit(row, parents), row.version())));
          return found.stream()
              .findFirst()
              .map(
                  stored ->
                      Versioned.of(
                          Replay.acrossTime(List.of(stored.value()), restructurings(h)).get(0),
                          stored.version()));
        });
  }

  @Override
  public ImmutableList<OrgUnit> loadSubtree(UnitId root, LocalDate asOf, OptionalInt depth) {
    return reading(
        h -> {
          Optional<PathRow> top = pathOn(h, root, asOf);
          if (top.isEmpty()) {
            return ImmutableList.of();
          }
          ImmutableList.Builder<OrgUnit> units = ImmutableList.builder();
          withParents(
              h,
              UNITS_ON_PATHS,
              below(depth),
              below(top.get(), asOf, depth),
              (row, parents) -> units.add(rows.unit(row, parents)));
          return Replay.acrossTime(units.build(), restructurings(h));
        });
  }

  /**
   * How the database finds the units below {@code root} on {@code asOf}: its plan for the query
   * {@link #loadSubtree} runs, for checking that the path index serves it. Empty when the unit was
   * not alive that day.
   */
  Optional<String> subtreePlan(UnitId root, LocalDate asOf) {
    return jdbi.withHandle(
        h ->
            pathOn(h, root, asOf)
                .map(
                    top ->
                        String.join(
                            "\n",
                            h.createQuery(
                                    "EXPLAIN SELECT u.id"
                                        + UNITS_ON_PATHS
                                        + below(OptionalInt.empty()))
                                .bindMap(below(top, asOf, OptionalInt.empty()))
                                .mapTo(String.class)
                                .list())));
  }

  private static Optional<PathRow> pathOn(Handle h, UnitId unit, LocalDate day) {
    return h.createQuery(
            "SELECT p.unit_id, p.path, p.depth, p.first_day, p.last_day FROM unit_paths p"
                + " WHERE p.unit_id = :unit AND "
                + PATH_IN_FORCE)
        .bind("unit", unit.value())
        .bind("day", day)
        .mapTo(PathRow.class)
        .findOne();
  }

  /** The path rows in force on the day below the path bound to {@code :prefix}, to a depth. */
  private String below(OptionalInt depth) {
    return " WHERE "
        + vendor.pathsUnder
        + " AND "
        + PATH_IN_FORCE
        + (depth.isPresent() ? " AND p.depth <= :deepest" : "");
  }

  private Map<String, Object> below(PathRow top, LocalDate day, OptionalInt depth) {
    Map<String, Object> bindings = new HashMap<>();
    String prefix = top.path();
    if (vendor == Vendor.H2) {
      // Every path ends with a slash: those that start with the prefix sort before this one.
      bindings.put("prefix", prefix);
      bindings.put("beyond", prefix.substring(0, prefix.length() - 1) + (char) ('/' + 1));
    } else {
      bindings.put("prefix", prefix + "%");
    }
    bindings.put("day", day);
    depth.ifPresent(levels -> bindings.put("deepest", top.depth() + levels));
    return bindings;
  }

  /** Every unit across time, in the order stored. */
  private ImmutableList<OrgUnit> allUnits(Handle h) {
    return Replay.acrossTime(unitsAsEstablished(h), restructurings(h));
  }

  /** Every unit as first established, as stored, in the order stored. */
  private ImmutableList<OrgUnit> unitsAsEstablished(Handle h) {
    Map<String, List<ParentLink>> parents = new HashMap<>();
    h.createQuery(
            "SELECT " + LINK_COLUMNS + " FROM unit_parent_links l ORDER BY l.unit_id, l.position")
        .mapTo(ParentLinkRow.class)
        .forEach(
            link ->
                parents
                    .computeIfAbsent(link.unitId(), k -> new ArrayList<>())
                    .add(rows.link(link)));
    return h.createQuery("SELECT " + UNIT_COLUMNS + " FROM units u ORDER BY u.position")
        .mapTo(UnitRow.class)
        .map(row -> rows.unit(row, parents.getOrDefault(row.id(), List.of())))
        .collect(ImmutableList.toImmutableList());
  }

  /** What is done with each unit row read and its parent links, in their order. */
  private interface UnitAndParents {
    void accept(UnitRow row, List<ParentLink> parents);
  }

  /**
   * The units selected by {@code from} (over alias {@code u}) and {@code where}, in the order
   * stored, each with its parent links read in the same statement: one row per link, or one without
   * a link for a root.
   */
  private void withParents(
      Handle h, String from, String where, Map<String, Object> bindings, UnitAndParents each) {
    h.createQuery(
            "SELECT "
                + UNIT_COLUMNS
                + ", "
                + JOINED_LINK_COLUMNS
                + from
                + " LEFT JOIN unit_parent_links l ON l.unit_id = u.id"
                + where
                + " ORDER BY u.position, l.position")
        .bindMap(bindings)
        .scanResultSet(
            (results, ctx) -> {
              ResultSet rs = results.get();
              UnitRow unit = null;
              List<ParentLink> parents = new ArrayList<>();
              while (rs.next()) {
                String id = rs.getString("id");
                if (unit == null || !unit.id().equals(id)) {
                  if (unit != null) {
                    each.accept(unit, parents);
                    parents = new ArrayList<>();
                  }
                  unit = Rows.unit(rs);
                }
                Optional<ParentLinkRow> link = Rows.joinedLink(rs);
                if (link.isPresent()) {
                  parents.add(rows.link(link.get()));
                }
              }
              if (unit != null) {
                each.accept(unit, parents);
              }
              return null;
            });
  }

  // ------------------------------------------------------------------------------ strategies

  @Override
  public Optional<Versioned<Strategy>> loadStrategy(StrategyId id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, position, version, owner, document FROM strategies WHERE id = :id")
                .bind("id", id.value())
                .mapTo(StrategyRow.class)
                .findOne()
                .map(row -> Versioned.of(rows.strategy(row), row.version())));
  }

  // ------------------------------------------------------------------------------ commitments

  @Override
  public Optional<Versioned<Commitment>> loadCommitment(CommitmentId id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, position, version, lead, document FROM commitments WHERE id = :id")
                .bind("id", id.value())
                .mapTo(CommitmentRow.class)
                .findOne()
                .map(row -> Versioned.of(rows.commitment(row), row.version())));
  }

  @Override
  public ImmutableList<Commitment> loadCommitments() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, position, version, lead, document FROM commitments ORDER BY position")
                .mapTo(CommitmentRow.class)
                .map(rows::commitment)
                .collect(ImmutableList.toImmutableList()));
  }

  @Override
  public ImmutableList<Commitment> loadCommitmentsLedBy(Collection<UnitId> leads) {
    List<String> ids = leads.stream().map(UnitId::value).distinct().toList();
    if (ids.isEmpty()) {
      return ImmutableList.of();
    }
    // Up to a batch of leads, one statement; beyond, several that see one state of the record.
    HandleCallback<ImmutableList<Commitment>, RuntimeException> read =
        h -> {
          List<CommitmentRow> found = new ArrayList<>();
          for (List<String> chunk : Lists.partition(ids, BATCH)) {
            found.addAll(
                h.createQuery(
                        "SELECT id, position, version, lead, document FROM commitments"
                            + " WHERE lead IN (<leads>)")
                    .bindList("leads", chunk)
                    .mapTo(CommitmentRow.class)
                    .list());
          }
          return found.stream()
              .sorted(Comparator.comparingInt(CommitmentRow::position))
              .map(rows::commitment)
              .collect(ImmutableList.toImmutableList());
        };
    return ids.size() <= BATCH ? jdbi.withHandle(read) : reading(read);
  }

  @Override
  public long saveCommitment(Commitment commitment, long expectedVersion, AuditEntry entry) {
    CommitmentRow row = rows.row(commitment, 0, expectedVersion + 1);
    try {
      return writing(
          h -> {
            int changed =
                expectedVersion == Versioned.NOT_STORED
                    ? h.createUpdate(
                            "INSERT INTO commitments (id, position, version, lead, document)"
                                + " SELECT :id, COALESCE(MAX(position), -1) + 1, :version, :lead, :document"
                                + " FROM commitments")
                        .bindMethods(row)
                        .execute()
                    : h.createUpdate(
                            "UPDATE commitments SET version = version + 1, lead = :lead,"
                                + " document = :document WHERE id = :id AND version = :expected")
                        .bindMethods(row)
                        .bind("expected", expectedVersion)
                        .execute();
            if (changed == 0) {
              throw conflict(h, commitment.id(), expectedVersion);
            }
            append(h, entry);
            return row.version();
          });
    } catch (JdbiException e) {
      if (isUniqueViolation(e)) {
        // Another writer stored a commitment under this id first.
        throw jdbi.withHandle(h -> conflict(h, commitment.id(), expectedVersion));
      }
      throw e;
    }
  }

  private static VersionConflict conflict(Handle h, CommitmentId id, long expectedVersion) {
    long stored =
        h.createQuery("SELECT version FROM commitments WHERE id = :id")
            .bind("id", id.value())
            .mapTo(Long.class)
            .findOne()
            .orElse(Versioned.NOT_STORED);
    return new VersionConflict("commitment " + id, expectedVersion, stored);
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------ audit log

  /** The only statement that touches the audit log's rows: an insert. */
  private void append(Handle h, AuditEntry entry) {
    h.createUpdate(
            "INSERT INTO audit_log ("
                + AUDIT_COLUMNS
                + ") VALUES (:at, :actor, :action, :subject,"
                + " :stateBefore, :stateAfter, :note)")
        .bindMethods(rows.row(entry))
        .execute();
  }

  @Override
  public ImmutableList<AuditEntry> entries() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + AUDIT_COLUMNS + " FROM audit_log ORDER BY id")
                .mapTo(AuditRow.class)
                .map(rows::entry)
                .collect(ImmutableList.toImmutableList()));
  }

  @Override
  public ImmutableList<AuditEntry> entriesAbout(String subject) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + AUDIT_COLUMNS
                        + " FROM audit_log"
                        + " WHERE subject = :subject OR subject LIKE :within ESCAPE '!' ORDER BY id")
                .bind("subject", subject)
                .bind("within", literal(subject) + "/%")
                .mapTo(AuditRow.class)
                .map(rows::entry)
                .collect(ImmutableList.toImmutableList()));
  }

  /** {@code text} with LIKE's wildcards escaped, so that it matches only itself. */
  private static String literal(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  // ------------------------------------------------------------------------------ API tokens

  private static final String TOKEN_COLUMNS =
      "id, subject, role, scope, created_at, revoked_at, secret_hash";

  @Override
  public Optional<ApiToken> findByHash(String secretHash) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE secret_hash = :hash")
                .bind("hash", secretHash)
                .map((rs, ctx) -> token(rs))
                .findOne());
  }

  @Override
  public void save(ApiToken token) {
    try {
      jdbi.useHandle(
          h ->
              h.createUpdate(
                      "INSERT INTO api_tokens (id, subject, role, scope, created_at, revoked_at,"
                          + " secret_hash) VALUES (:id, :subject, :role, :scope, :createdAt,"
                          + " :revokedAt, :secretHash)")
                  .bind("id", token.id().value())
                  .bind("subject", token.subject())
                  .bind("role", token.role().code())
                  .bind("scope", token.scope().value())
                  .bind("createdAt", moment(token.createdAt()))
                  .bind("revokedAt", token.revokedAt().map(JdbcStore::moment).orElse(null))
                  .bind("secretHash", token.secretHash())
                  .execute());
    } catch (JdbiException e) {
      if (isUniqueViolation(e)) {
        throw new IllegalArgumentException("token " + token.id() + " is kept already", e);
      }
      throw e;
    }
  }

  @Override
  public ImmutableList<ApiToken> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM api_tokens ORDER BY position")
                .map((rs, ctx) -> token(rs))
                .collect(ImmutableList.toImmutableList()));
  }

  @Override
  public Optional<ApiToken> revoke(ApiTokenId id, Instant at) {
    return writing(
        h -> {
          // A token revoked already keeps its first date.
          h.createUpdate(
                  "UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
              .bind("at", moment(at))
              .bind("id", id.value())
              .execute();
          return h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE id = :id")
              .bind("id", id.value())
              .map((rs, ctx) -> token(rs))
              .findOne();
        });
  }

  private static OffsetDateTime moment(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static ApiToken token(ResultSet rs) throws SQLException {
    OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
    return new ApiToken(
        ApiTokenId.of(rs.getString("id")),
        rs.getString("subject"),
        Actor.Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
        UnitId.of(rs.getString("scope")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        Optional.ofNullable(revoked).map(OffsetDateTime::toInstant),
        rs.getString("secret_hash"));
  }

  @Override
  public String toString() {
    return "JdbcStore[" + url() + "]";
  }
}
