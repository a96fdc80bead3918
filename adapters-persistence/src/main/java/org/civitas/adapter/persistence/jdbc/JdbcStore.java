package org.civitas.adapter.persistence.jdbc;

import com.google.common.base.Splitter;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
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
import org.civitas.application.port.out.Changes;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;
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
import org.jspecify.annotations.Nullable;

/**
 * The record and its audit log in a relational database: an embedded H2 file, or PostgreSQL. {@link
 * #open(String)} brings the schema up to date (Flyway migrations) before anything is read.
 *
 * <p>Each write is one transaction, its audit entry included. A unit or a commitment is changed
 * only {@code WHERE version = } the version its writer read, so of two writers naming one version
 * exactly one changes it. Importing a snapshot replaces the record in one transaction, in batches,
 * and writes each unit's dated paths with it; a change to units rewrites, in its transaction, the
 * paths of the units whose place changed and of every unit below them at any time. Subtree queries
 * read those paths through their index and never walk the hierarchy. Readers that need several
 * queries read them in one repeatable-read transaction, so they see one state of the record.
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
  private static final long H2_DEFAULT_CACHE_KB = 16 * 1024;
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
    H2("jdbc:h2:", "h2", false, "p.path >= :prefix AND p.path < :beyond", "u.id"),
    // The database's collation may order ids otherwise than their characters (it may skip
    // hyphens); "C" orders them as UnitId does, through an index of its own.
    POSTGRESQL("jdbc:postgresql:", "postgresql", true, "p.path LIKE :prefix", "u.id COLLATE \"C\"");

    private final String urlPrefix;
    private final String migrations;
    private final boolean analyzesAfterImport;
    private final String pathsUnder;
    private final String idInOrder;

    Vendor(
        String urlPrefix,
        String migrations,
        boolean analyzesAfterImport,
        String pathsUnder,
        String idInOrder) {
      this.urlPrefix = urlPrefix;
      this.migrations = migrations;
      this.analyzesAfterImport = analyzesAfterImport;
      this.pathsUnder = pathsUnder;
      this.idInOrder = idInOrder;
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

  /** Counts the writes to the database: see {@link #revision()}. */
  private final Revisions revisions;

  private JdbcStore(String url, Vendor vendor, HikariDataSource pool) {
    this.url = url;
    this.vendor = vendor;
    this.pool = pool;
    this.jdbi = configured(Jdbi.create(pool));
    this.revisions =
        vendor == Vendor.H2
            ? Revisions.h2(
                jdbi.withHandle(
                    h ->
                        h.createQuery("SELECT DATABASE_PATH()")
                            .mapTo(String.class)
                            .findOne()
                            // A database in memory has no file: its URL names it.
                            .orElse(url)))
            : Revisions.postgresql(url);
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
    config.setJdbcUrl(vendor == Vendor.H2 ? withPageCache(url) : url);
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
   * {@code url} with H2's page cache sized for a large record, unless the URL sizes it itself. H2
   * keeps 16 MB of pages by default, while the 100 000-unit record fills a file of about 300 MB: a
   * reader then keeps evicting pages that the next one reads and parses from the file again, and
   * waits on the cache's locks meanwhile. The cache only holds pages read, so a small record costs
   * no more: a quarter of this JVM's heap at most, never less than H2's default.
   */
  static String withPageCache(String url) {
    if (url.toUpperCase(Locale.ROOT).contains(";CACHE_SIZE=")) {
      return url;
    }
    long kilobytes = Math.max(H2_DEFAULT_CACHE_KB, Runtime.getRuntime().maxMemory() / 4 / 1024);
    return url + ";CACHE_SIZE=" + Math.min(kilobytes, Integer.MAX_VALUE);
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
    revisions.close();
    pool.close();
  }

  /**
   * Changes after each write of this store, and of the other stores of this process on the same H2
   * file; on PostgreSQL after each write of any process too, once its notification arrives. While
   * the store cannot listen for them, each call gives a new number.
   */
  @Override
  public long revision() {
    return revisions.current();
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
   * Runs {@code write} in one transaction, and counts it in the {@link #revision()}, once ended. On
   * H2 the writes of this store take turns, each beginning once the one before has committed: when
   * two transactions update one row at the same moment, H2 now and then lets the second change the
   * row as it was before the first committed, so that an update acknowledged to the first is lost,
   * even under {@code WHERE version = }.
   */
  private <R> R writing(HandleCallback<R, RuntimeException> write) {
    try {
      if (vendor != Vendor.H2) {
        return jdbi.inTransaction(
            h -> {
              revisions.nameWriter(h);
              return write.withHandle(h);
            });
      }
      writeTurn.lock();
      try {
        return jdbi.inTransaction(write);
      } finally {
        writeTurn.unlock();
      }
    } finally {
      revisions.written();
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

  @Override
  public ImmutableList<Restructuring> loadRestructurings() {
    return reading(this::restructurings);
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

  /** In one repeatable-read transaction, in which the restructurings are read once. */
  @Override
  public <R> R readTogether(Function<? super Reads, ? extends R> reads) {
    return reading(h -> reads.apply(new Reading(h)));
  }

  /**
   * The reads made through one handle, in whatever transaction it is in. The restructurings, which
   * every read of units applies, are read with the first of them and kept for the others.
   */
  private final class Reading implements Reads {
    private final Handle h;
    private @Nullable ImmutableList<Restructuring> restructurings;

    Reading(Handle h) {
      this.h = h;
    }

    private ImmutableList<Restructuring> restructurings() {
      if (restructurings == null) {
        restructurings = JdbcStore.this.restructurings(h);
      }
      return restructurings;
    }

    @Override
    public ImmutableList<Restructuring> loadRestructurings() {
      return restructurings();
    }

    @Override
    public ImmutableList<OrgUnit> loadUnits() {
      return Replay.acrossTime(unitsAsEstablished(h), restructurings());
    }

    @Override
    public Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
      return unit(h, id)
          .map(
              stored ->
                  Versioned.of(
                      Replay.acrossTime(List.of(stored.value()), restructurings()).get(0),
                      stored.version()));
    }

    @Override
    public Optional<Versioned<OrgUnit>> loadUnitAsEstablished(UnitId id) {
      return unit(h, id);
    }

    @Override
    public ImmutableList<OrgUnit> loadSubtree(UnitId root, LocalDate asOf, OptionalInt depth) {
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
      return Replay.acrossTime(units.build(), restructurings());
    }

    @Override
    public ImmutableList<Commitment> loadCommitments() {
      return h.createQuery(
              "SELECT id, position, version, lead, document FROM commitments ORDER BY position")
          .mapTo(CommitmentRow.class)
          .map(rows::commitment)
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public ImmutableList<Commitment> loadCommitmentsLedBy(Collection<UnitId> leads) {
      List<CommitmentRow> found = new ArrayList<>();
      for (List<String> chunk : Lists.partition(distinctIds(leads), BATCH)) {
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
    }
  }

  private static List<String> distinctIds(Collection<UnitId> units) {
    return units.stream().map(UnitId::value).distinct().toList();
  }

  @Override
  public ImmutableList<OrgUnit> loadUnits() {
    return reading(h -> new Reading(h).loadUnits());
  }

  @Override
  public Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
    return reading(h -> new Reading(h).loadUnit(id));
  }

  @Override
  public Optional<Versioned<OrgUnit>> loadUnitAsEstablished(UnitId id) {
    return reading(h -> unit(h, id));
  }

  /** The unit {@code id} as stored: as first established. */
  private Optional<Versioned<OrgUnit>> unit(Handle h, UnitId id) {
    List<Versioned<OrgUnit>> found = new ArrayList<>(1);
    withParents(
        h,
        " FROM units u",
        " WHERE u.id = :id",
        Map.of("id", id.value()),
        (row, parents) -> found.add(Versioned.of(rows.unit(row, parents), row.version())));
    return found.stream().findFirst();
  }

  @Override
  public ImmutableList<OrgUnit> loadSubtree(UnitId root, LocalDate asOf, OptionalInt depth) {
    return reading(h -> new Reading(h).loadSubtree(root, asOf, depth));
  }

  @Override
  public ImmutableList<OrgUnit> loadChildren(UnitId parent) {
    // A restructuring may move a unit under this one without a stored link: the units are read
    // across time. Only changes that end a unit ask, so the whole record is read.
    return reading(
        h ->
            allUnits(h).stream()
                .filter(unit -> unit.parents().stream().anyMatch(l -> l.parent().equals(parent)))
                .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Reads the paths in force on the day, through the index on paths below a parent, else in the
   * order of the ids from the one after which the page starts, so that a page costs its size.
   */
  @Override
  public ImmutableList<Placed> listUnits(Listing listing) {
    return reading(
        h -> {
          Optional<Query> query = listing(h, listing);
          if (query.isEmpty()) {
            return ImmutableList.of();
          }
          List<Map.Entry<UnitRow, String>> found =
              h.createQuery(query.get().sql())
                  .bindMap(query.get().bindings())
                  .map(
                      (rs, ctx) ->
                          Map.entry(
                              ctx.findRowMapperFor(UnitRow.class).orElseThrow().map(rs, ctx),
                              rs.getString("unit_path")))
                  .list();
          Map<String, OrgUnit> byId = new HashMap<>();
          Replay.acrossTime(
                  unitsWithIds(h, found.stream().map(row -> row.getKey().id()).toList()),
                  restructurings(h))
              .forEach(unit -> byId.put(unit.id().value(), unit));
          return found.stream()
              .map(row -> new Placed(byId.get(row.getKey().id()), parentIn(row.getValue())))
              .collect(ImmutableList.toImmutableList());
        });
  }

  /**
   * How the database finds a page of units: its plan for the query {@link #listUnits} runs, for
   * checking that an index serves it. Empty when the parent asked was not alive that day.
   */
  Optional<String> listPlan(Listing listing) {
    return jdbi.withHandle(
        h ->
            listing(h, listing)
                .map(
                    query ->
                        String.join(
                            "\n",
                            h.createQuery("EXPLAIN " + query.sql())
                                .bindMap(query.bindings())
                                .mapTo(String.class)
                                .list())));
  }

  /** A statement and the values bound to it. */
  private record Query(String sql, Map<String, Object> bindings) {}

  /** The query of a page of units; empty when the parent asked was not alive that day. */
  private Optional<Query> listing(Handle h, Listing listing) {
    Map<String, Object> bindings = new HashMap<>();
    bindings.put("day", listing.asOf());
    bindings.put("limit", listing.limit());
    StringBuilder where = new StringBuilder(" WHERE " + PATH_IN_FORCE);
    if (listing.parent().isPresent()) {
      Optional<PathRow> above = pathOn(h, listing.parent().get(), listing.asOf());
      if (above.isEmpty()) {
        return Optional.empty();
      }
      where.append(" AND p.path LIKE :prefix AND p.depth = :depth");
      bindings.put("prefix", above.get().path() + "%");
      bindings.put("depth", above.get().depth() + 1);
    }
    listing
        .kind()
        .ifPresent(
            kind -> {
              where.append(" AND u.kind = :kind");
              bindings.put("kind", kind.name());
            });
    listing
        .after()
        .ifPresent(
            after -> {
              where.append(" AND ").append(vendor.idInOrder).append(" > :after");
              bindings.put("after", after.value());
            });
    return Optional.of(
        new Query(
            "SELECT "
                + UNIT_COLUMNS
                + ", p.path AS unit_path"
                + UNITS_ON_PATHS
                + where
                + " ORDER BY "
                + vendor.idInOrder
                + " LIMIT :limit",
            bindings));
  }

  /** The unit above the last of a path, {@code dgpe} in {@code /masspf/dgpe/dpsv/}. */
  private static Optional<UnitId> parentIn(String path) {
    List<String> chain = Splitter.on('/').omitEmptyStrings().splitToList(path);
    return chain.size() < 2
        ? Optional.empty()
        : Optional.of(UnitId.of(chain.get(chain.size() - 2)));
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
    return jdbi.withHandle(h -> strategy(h, id));
  }

  private Optional<Versioned<Strategy>> strategy(Handle h, StrategyId id) {
    return h.createQuery(
            "SELECT id, position, version, owner, document FROM strategies WHERE id = :id")
        .bind("id", id.value())
        .mapTo(StrategyRow.class)
        .findOne()
        .map(row -> Versioned.of(rows.strategy(row), row.version()));
  }

  // ------------------------------------------------------------------------------ commitments

  @Override
  public Optional<Versioned<Commitment>> loadCommitment(CommitmentId id) {
    return jdbi.withHandle(h -> commitment(h, id));
  }

  private Optional<Versioned<Commitment>> commitment(Handle h, CommitmentId id) {
    return h.createQuery(
            "SELECT id, position, version, lead, document FROM commitments WHERE id = :id")
        .bind("id", id.value())
        .mapTo(CommitmentRow.class)
        .findOne()
        .map(row -> Versioned.of(rows.commitment(row), row.version()));
  }

  @Override
  public ImmutableList<Commitment> loadCommitments() {
    return jdbi.withHandle(h -> new Reading(h).loadCommitments());
  }

  @Override
  public ImmutableList<Commitment> loadCommitmentsLedBy(Collection<UnitId> leads) {
    int ids = distinctIds(leads).size();
    if (ids == 0) {
      return ImmutableList.of();
    }
    // Up to a batch of leads, one statement; beyond, several that see one state of the record.
    HandleCallback<ImmutableList<Commitment>, RuntimeException> read =
        h -> new Reading(h).loadCommitmentsLedBy(leads);
    return ids <= BATCH ? jdbi.withHandle(read) : reading(read);
  }

  @Override
  public long saveCommitment(Commitment commitment, long expectedVersion, AuditEntry entry) {
    saveChanges(Changes.NONE.commitment(commitment, expectedVersion), entry);
    return expectedVersion + 1;
  }

  // ------------------------------------------------------------------------------ changes

  @Override
  public void saveChanges(Changes changes, ImmutableList<AuditEntry> entries) {
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a change writes at least one unit or commitment");
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a change is told by one entry or more");
    }
    try {
      writing(
          h -> {
            if (!changes.units().isEmpty() || !changes.restructurings().isEmpty()) {
              // Changes to units take turns with each other and with imports, so that each
              // computes the paths below its units from a structure nobody else is changing.
              h.createUpdate("UPDATE import_turn SET imports = imports + 1 WHERE id = 1").execute();
            }
            Set<UnitId> placed = new LinkedHashSet<>();
            for (Changes.Write<OrgUnit> write : changes.units()) {
              if (writeUnit(h, write)) {
                placed.add(write.value().id());
              }
            }
            for (Changes.Write<Commitment> write : changes.commitments()) {
              writeCommitment(h, write);
            }
            appendRestructurings(h, changes.restructurings());
            if (!changes.restructurings().isEmpty() || !placed.isEmpty()) {
              ImmutableList<Restructuring> restructurings = restructurings(h);
              if (restructurings.isEmpty()) {
                rewritePaths(h, placed);
              } else {
                // A restructuring may place any unit anywhere at any time: every path is
                // computed again from the units across time.
                rewriteAllPaths(h, restructurings);
              }
            }
            entries.forEach(entry -> append(h, entry));
            return null;
          });
    } catch (JdbiException e) {
      if (isUniqueViolation(e)) {
        // Another writer stored a unit or a commitment under one of the new ids first.
        throw jdbi.withHandle(h -> conflictOverNewIds(h, changes)).orElseThrow(() -> e);
      }
      throw e;
    }
  }

  private void appendRestructurings(Handle h, List<Restructuring> appended) {
    if (appended.isEmpty()) {
      return;
    }
    int next =
        h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM restructurings")
            .mapTo(Integer.class)
            .one();
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO restructurings (position, document) VALUES (:position, :document)");
    for (int i = 0; i < appended.size(); i++) {
      batch.bind("position", next + i).bind("document", rows.document(appended.get(i))).add();
    }
    batch.execute();
  }

  /**
   * Writes every path again from the units as stored and {@code restructurings}, refusing a record
   * whose restructurings cannot take effect or whose units would sit under each other. Their
   * handovers are checked against the strategies and commitments they name, read in the same
   * transaction: no other is needed.
   */
  private void rewriteAllPaths(Handle h, ImmutableList<Restructuring> restructurings) {
    Handover handed = Handover.of(restructurings);
    ImmutableList<DatedPath> paths =
        UnitPaths.of(
            new Snapshot(
                unitsAsEstablished(h),
                handed.strategiesNamed().stream()
                    .flatMap(id -> strategy(h, id).stream())
                    .map(Versioned::value)
                    .collect(ImmutableList.toImmutableList()),
                handed.commitmentsNamed().stream()
                    .flatMap(id -> commitment(h, id).stream())
                    .map(Versioned::value)
                    .collect(ImmutableList.toImmutableList()),
                restructurings));
    h.createUpdate("DELETE FROM unit_paths").execute();
    insert(
        h,
        "INSERT INTO unit_paths (unit_id, path, depth, first_day, last_day)"
            + " VALUES (:unitId, :path, :depth, :firstDay, :lastDay)",
        paths.stream().map(rows::row).toList(),
        Comparator.comparing(PathRow::unitId));
  }

  /**
   * Writes one unit, and its parent links when its place changed: answers whether it did, so that
   * the paths below it are computed again.
   */
  private boolean writeUnit(Handle h, Changes.Write<OrgUnit> write) {
    OrgUnit unit = write.value();
    long expected = write.expectedVersion();
    UnitRow row = rows.row(unit, 0, expected + 1);
    if (expected == Versioned.NOT_STORED) {
      h.createUpdate(
              "INSERT INTO units (id, position, version, kind, names, acronym, established,"
                  + " dissolved, first_day, last_day, staff, territory, posts, mandate, links)"
                  + " SELECT :id, COALESCE(MAX(position), -1) + 1, :version, :kind, :names,"
                  + " :acronym, :established, :dissolved, :firstDay, :lastDay, :staff, :territory,"
                  + " :posts, :mandate, :links FROM units")
          .bindMethods(row)
          .execute();
      insertLinks(h, unit);
      return true;
    }
    Optional<Versioned<OrgUnit>> stored = unit(h, unit.id());
    int changed =
        h.createUpdate(
                "UPDATE units SET version = version + 1, kind = :kind, names = :names,"
                    + " acronym = :acronym, established = :established, dissolved = :dissolved,"
                    + " first_day = :firstDay, last_day = :lastDay, staff = :staff,"
                    + " territory = :territory, posts = :posts, mandate = :mandate, links = :links"
                    + " WHERE id = :id AND version = :expected")
            .bindMethods(row)
            .bind("expected", expected)
            .execute();
    if (changed == 0 || stored.isEmpty()) {
      throw conflict(h, "units", "unit", unit.id().value(), expected);
    }
    if (!UnitPaths.placeDiffers(stored.get().value(), unit)) {
      return false;
    }
    h.createUpdate("DELETE FROM unit_parent_links WHERE unit_id = :id")
        .bind("id", unit.id().value())
        .execute();
    insertLinks(h, unit);
    return true;
  }

  private void insertLinks(Handle h, OrgUnit unit) {
    List<ParentLinkRow> links = new ArrayList<>();
    for (int i = 0; i < unit.parents().size(); i++) {
      links.add(rows.row(unit.id(), i, unit.parents().get(i)));
    }
    insert(
        h,
        "INSERT INTO unit_parent_links (unit_id, position, parent_id, start_date, end_date,"
            + " first_day, last_day) VALUES (:unitId, :position, :parentId, :startDate, :endDate,"
            + " :firstDay, :lastDay)",
        links,
        Comparator.comparingInt(ParentLinkRow::position));
  }

  private void writeCommitment(Handle h, Changes.Write<Commitment> write) {
    Commitment commitment = write.value();
    long expected = write.expectedVersion();
    CommitmentRow row = rows.row(commitment, 0, expected + 1);
    int changed =
        expected == Versioned.NOT_STORED
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
                .bind("expected", expected)
                .execute();
    if (changed == 0) {
      throw conflict(h, "commitments", "commitment", commitment.id().value(), expected);
    }
  }

  /**
   * Writes again the paths of the units in {@code placed} and of every unit placed under them at
   * some time, down to the bottom. They are computed from those units and every unit above them at
   * any time, which is all a path depends on; the paths of the units above are left as they are.
   */
  private void rewritePaths(Handle h, Set<UnitId> placed) {
    Set<String> below = new LinkedHashSet<>();
    placed.forEach(id -> below.add(id.value()));
    List<String> level = new ArrayList<>(below);
    while (!level.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (List<String> chunk : Lists.partition(level, BATCH)) {
        h.createQuery("SELECT DISTINCT unit_id FROM unit_parent_links WHERE parent_id IN (<ids>)")
            .bindList("ids", chunk)
            .mapTo(String.class)
            .forEach(
                id -> {
                  if (below.add(id)) {
                    next.add(id);
                  }
                });
      }
      level = next;
    }
    Map<String, OrgUnit> known = new LinkedHashMap<>();
    Set<String> asked = new HashSet<>(below);
    Collection<String> wanted = below;
    while (!wanted.isEmpty()) {
      List<OrgUnit> found = unitsWithIds(h, wanted);
      found.forEach(unit -> known.put(unit.id().value(), unit));
      Set<String> above = new LinkedHashSet<>();
      for (OrgUnit unit : found) {
        for (ParentLink link : unit.parents()) {
          if (asked.add(link.parent().value())) {
            above.add(link.parent().value());
          }
        }
      }
      wanted = above;
    }
    List<PathRow> paths =
        UnitPaths.of(known.values()).stream()
            .filter(path -> below.contains(path.unit().value()))
            .map(rows::row)
            .toList();
    for (List<String> chunk : Lists.partition(new ArrayList<>(below), BATCH)) {
      h.createUpdate("DELETE FROM unit_paths WHERE unit_id IN (<ids>)")
          .bindList("ids", chunk)
          .execute();
    }
    insert(
        h,
        "INSERT INTO unit_paths (unit_id, path, depth, first_day, last_day)"
            + " VALUES (:unitId, :path, :depth, :firstDay, :lastDay)",
        paths,
        Comparator.comparing(PathRow::unitId));
  }

  /** The units with the ids {@code ids} that are stored, in the order stored within each batch. */
  private List<OrgUnit> unitsWithIds(Handle h, Collection<String> ids) {
    List<OrgUnit> found = new ArrayList<>();
    for (List<String> chunk : Lists.partition(new ArrayList<>(ids), BATCH)) {
      Map<String, List<ParentLink>> parents = new HashMap<>();
      h.createQuery(
              "SELECT "
                  + LINK_COLUMNS
                  + " FROM unit_parent_links l WHERE l.unit_id IN (<ids>)"
                  + " ORDER BY l.unit_id, l.position")
          .bindList("ids", chunk)
          .mapTo(ParentLinkRow.class)
          .forEach(
              link ->
                  parents
                      .computeIfAbsent(link.unitId(), k -> new ArrayList<>())
                      .add(rows.link(link)));
      h.createQuery(
              "SELECT " + UNIT_COLUMNS + " FROM units u WHERE u.id IN (<ids>) ORDER BY u.position")
          .bindList("ids", chunk)
          .mapTo(UnitRow.class)
          .forEach(row -> found.add(rows.unit(row, parents.getOrDefault(row.id(), List.of()))));
    }
    return found;
  }

  private static VersionConflict conflict(
      Handle h, String table, String kind, String id, long expectedVersion) {
    long stored =
        h.createQuery("SELECT version FROM " + table + " WHERE id = :id")
            .bind("id", id)
            .mapTo(Long.class)
            .findOne()
            .orElse(Versioned.NOT_STORED);
    return new VersionConflict(kind + " " + id, expectedVersion, stored);
  }

  /** The conflict of the first new unit or commitment of {@code changes} stored meanwhile. */
  private static Optional<VersionConflict> conflictOverNewIds(Handle h, Changes changes) {
    List<VersionConflict> conflicts = new ArrayList<>();
    for (Changes.Write<OrgUnit> write : changes.units()) {
      if (write.expectedVersion() == Versioned.NOT_STORED) {
        conflicts.add(
            conflict(h, "units", "unit", write.value().id().value(), Versioned.NOT_STORED));
      }
    }
    for (Changes.Write<Commitment> write : changes.commitments()) {
      if (write.expectedVersion() == Versioned.NOT_STORED) {
        conflicts.add(
            conflict(
                h, "commitments", "commitment", write.value().id().value(), Versioned.NOT_STORED));
      }
    }
    return conflicts.stream().filter(c -> c.actual() != Versioned.NOT_STORED).findFirst();
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

  @Override
  public ImmutableList<Numbered> latestEntries(
      Optional<String> subject, OptionalLong before, int limit) {
    Map<String, Object> bindings = new HashMap<>();
    List<String> conditions = new ArrayList<>();
    subject.ifPresent(
        about -> {
          conditions.add("(subject = :subject OR subject LIKE :within ESCAPE '!')");
          bindings.put("subject", about);
          bindings.put("within", literal(about) + "/%");
        });
    before.ifPresent(
        number -> {
          conditions.add("id < :before");
          bindings.put("before", number);
        });
    bindings.put("limit", limit);
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, "
                        + AUDIT_COLUMNS
                        + " FROM audit_log"
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY id DESC LIMIT :limit")
                .bindMap(bindings)
                .map(
                    (rs, ctx) ->
                        new Numbered(
                            rs.getLong("id"),
                            rows.entry(
                                ctx.findRowMapperFor(AuditRow.class).orElseThrow().map(rs, ctx))))
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
  public Optional<ApiToken> find(ApiTokenId id) {
    return jdbi.withHandle(h -> token(h, id));
  }

  private static Optional<ApiToken> token(Handle h, ApiTokenId id) {
    return h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> token(rs))
        .findOne();
  }

  @Override
  public void save(ApiToken token, AuditEntry entry) {
    try {
      writing(
          h -> {
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
                .execute();
            append(h, entry);
            return null;
          });
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
  public Optional<ApiToken> revoke(ApiTokenId id, Instant at, AuditEntry entry) {
    return writing(
        h -> {
          // A token revoked already keeps its first date, and its revocation is not told again.
          int revoked =
              h.createUpdate(
                      "UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                  .bind("at", moment(at))
                  .bind("id", id.value())
                  .execute();
          if (revoked == 1) {
            append(h, entry);
          }
          return token(h, id);
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
