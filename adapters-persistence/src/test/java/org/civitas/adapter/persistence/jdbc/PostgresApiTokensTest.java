package org.civitas.adapter.persistence.jdbc;

import org.civitas.adapter.persistence.ApiTokenContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The token contract, held by the JDBC store on PostgreSQL: a new database for each test. */
class PostgresApiTokensTest extends ApiTokenContract<JdbcStore> {

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
  protected JdbcStore newTokens() {
    return JdbcStore.open(server.newDatabase());
  }
}
