package org.civitas.adapter.persistence.jdbc;

import java.nio.file.Path;
import org.civitas.adapter.persistence.StoreContract;
import org.junit.jupiter.api.io.TempDir;

/** The store contract, held by the JDBC store on an embedded H2 file. */
class H2StoreTest extends StoreContract<JdbcStore> {

  @TempDir Path directory;

  @Override
  protected JdbcStore newStore() {
    return JdbcStore.open(DatabaseLocation.embedded(directory));
  }
}
