package org.civitas.adapter.persistence.jdbc;

import org.civitas.adapter.persistence.StoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract, held by the JDBC store on PostgreSQL: a new database for each test. */
class PostgresStoreTest extends StoreContract<JdbcStore> {

  private static EmbeddedServer server;

  @BeforeAll
  static void startServer() {
    server = EmbeddedServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Override
  protected JdbcStore newStore() {
    return JdbcStore.open(server.newDatabase());
  }
}
