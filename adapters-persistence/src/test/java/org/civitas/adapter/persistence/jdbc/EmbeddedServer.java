package org.civitas.adapter.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A PostgreSQL server for tests, started from the binaries on the test classpath. */
final class EmbeddedServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final AtomicInteger databases = new AtomicInteger();

  private EmbeddedServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedServer start() {
    try {
      return new EmbeddedServer(EmbeddedPostgres.start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
    }
  }

  /** The URL of a new, empty database on this server. */
  String newDatabase() {
    String name = "civitas_" + databases.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name, e);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded PostgreSQL server", e);
    }
  }
}
