package org.civitas.adapter.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.civitas.adapter.persistence.jdbc.DatabaseLocation;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.application.port.out.ReadTogetherPort;
import org.civitas.application.port.out.ReadTogetherPort.Reads;
import org.jspecify.annotations.Nullable;

/**
 * The stores the server's contract is checked over. Each test server opens a store of its own: a
 * new in-memory store, a new H2 file in a directory of its own, or a new database on the one
 * embedded PostgreSQL server of the test run.
 *
 * <p>A database is filled once per test run, as a template, and each test server gets a copy of it
 * (the file copied, or a database created from the template): migrating a schema and importing the
 * record for each of hundreds of tests would cost more than the tests themselves.
 */
enum Store {
  MEMORY("in memory") {
    @Override
    Opened open(Consumer<CivitasStore> fill) {
      AtomicBoolean broken = new AtomicBoolean();
      InMemoryStore memory = new InMemoryStore();
      CivitasStore store = failingWhen(broken, memory);
      fill.accept(store);
      return new Opened(store, memory, () -> broken.set(true), () -> {});
    }
  },

  H2("on H2") {
    @Override
    Opened open(Consumer<CivitasStore> fill) {
      Path directory = temporaryDirectory();
      try {
        Files.copy(Templates.h2(fill), h2File(directory));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      JdbcStore store = JdbcStore.open(DatabaseLocation.embedded(directory));
      return Opened.of(
          store,
          () -> {
            store.close();
            delete(directory);
          });
    }
  },

  POSTGRESQL("on PostgreSQL") {
    @Override
    Opened open(Consumer<CivitasStore> fill) {
      EmbeddedServer.Database database = EmbeddedServer.copyOf(Templates.postgres(fill));
      JdbcStore store = JdbcStore.open(database.url());
      return Opened.of(
          store,
          () -> {
            store.close();
            database.drop();
          });
    }
  };

  private final String shown;

  Store(String shown) {
    this.shown = shown;
  }

  /**
   * A new store of this kind holding what {@code fill} puts in an empty one. Every caller passes
   * the same {@code fill}: a database is filled only the first time, and copied afterwards.
   */
  abstract Opened open(Consumer<CivitasStore> fill);

  @Override
  public String toString() {
    return shown;
  }

  /**
   * A store opened for one server: where it keeps the record and the tokens, how to make it fail as
   * a broken database does when a unit is read, and how to close it and remove what it left.
   */
  record Opened(CivitasStore store, ApiTokenPort tokens, Runnable breakUnitReads, Runnable close) {

    /** A database, which keeps the tokens too and is broken for real: its units table is lost. */
    static Opened of(JdbcStore store, Runnable close) {
      return new Opened(
          store, store, () -> execute(store, "ALTER TABLE units RENAME TO units_lost"), close);
    }
  }

  /** The filled databases the stores of each test server are copied from, made on first use. */
  private static final class Templates {

    private static @Nullable Path h2;
    private static EmbeddedServer.@Nullable Database postgres;

    /** The file of the filled H2 database. */
    static synchronized Path h2(Consumer<CivitasStore> fill) {
      if (h2 == null) {
        Path directory = temporaryDirectory();
        try (JdbcStore store = JdbcStore.open(DatabaseLocation.embedded(directory))) {
          fill.accept(store);
        }
        h2 = h2File(directory);
      }
      return h2;
    }

    static synchronized EmbeddedServer.Database postgres(Consumer<CivitasStore> fill) {
      if (postgres == null) {
        EmbeddedServer.Database database = EmbeddedServer.newDatabase();
        // Closed before it is copied: PostgreSQL copies no database anyone is connected to.
        try (JdbcStore store = JdbcStore.open(database.url())) {
          fill.accept(store);
        }
        postgres = database;
      }
      return postgres;
    }
  }

  private static Path h2File(Path directory) {
    return DatabaseLocation.embeddedFile(DatabaseLocation.embedded(directory), directory)
        .orElseThrow();
  }

  private static void execute(JdbcStore store, String sql) {
    try (Connection connection = DriverManager.getConnection(store.url());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot " + sql, e);
    }
  }

  /**
   * {@code store}, but once {@code broken} reading a unit fails with a message no client should
   * see, as a database that lost its table would: read alone or with other reads.
   */
  private static CivitasStore failingWhen(AtomicBoolean broken, InMemoryStore store) {
    return failingWhen(broken, store, CivitasStore.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> T failingWhen(AtomicBoolean broken, T target, Class<T> type) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (broken.get() && method.getName().equals("loadUnit")) {
            throw new IllegalStateException(
                "SQL error: relation \"units\" does not exist at org.h2.Driver");
          }
          if (method.getName().equals("readTogether")) {
            Function<? super Reads, ?> reads = (Function<? super Reads, ?>) args[0];
            return ((ReadTogetherPort) target)
                .readTogether(given -> reads.apply(failingWhen(broken, given, Reads.class)));
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("civitas-rest");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
