package org.civitas.adapter.rest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one PostgreSQL server of a test run, started from the binaries on the test classpath when a
 * test first asks for a database, and stopped with the JVM (the server registers its own hook).
 * Each test server gets a database of its own on it, dropped when it is done.
 */
final class EmbeddedServer {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private EmbeddedServer() {}

  /** Started on first use only: the tests that run in memory alone never pay for it. */
  private static final class Started {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        return EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
    }
  }

  /** A new, empty database. */
  static Database newDatabase() {
    return create("");
  }

  /** A new database holding what {@code template} holds; nobody may be connected to it. */
  static Database copyOf(Database template) {
    return create(" TEMPLATE " + template.name());
  }

  private static Database create(String options) {
    String name = "civitas_rest_" + DATABASES.incrementAndGet();
    execute("CREATE DATABASE " + name + options);
    return new Database(name, Started.POSTGRES.getJdbcUrl("postgres", name));
  }

  /** A database of the server: its name and the URL to open it with. */
  record Database(String name, String url) {

    /** Drops the database, closing whatever connection is left to it. */
    void drop() {
      execute("DROP DATABASE " + name + " WITH (FORCE)");
    }
  }

  private static void execute(String sql) {
    try (Connection connection = Started.POSTGRES.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot " + sql, e);
    }
  }
}
