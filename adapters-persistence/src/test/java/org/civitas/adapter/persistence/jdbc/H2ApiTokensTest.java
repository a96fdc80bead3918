package org.civitas.adapter.persistence.jdbc;

import java.nio.file.Path;
import org.civitas.adapter.persistence.ApiTokenContract;
import org.junit.jupiter.api.io.TempDir;

/** The token contract, held by the JDBC store on an embedded H2 file. */
class H2ApiTokensTest extends ApiTokenContract<JdbcStore> {

  @TempDir Path directory;

  @Override
  protected JdbcStore newTokens() {
    return JdbcStore.open(DatabaseLocation.embedded(directory));
  }
}
