package org.civitas.adapter.persistence.jdbc;

import java.time.Instant;
import java.util.Optional;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.snapshot.Snapshot;

/**
 * Imports a large synthetic dataset into the database named by its first argument, saying on
 * standard output when the import begins; run in its own process by the test that kills it.
 */
final class LargeImport {

  static final String BEGINS = "import begins";
  static final String ENDED = "import ended";

  private LargeImport() {}

  public static void main(String[] args) {
    String url = args[0];
    int units = Integer.parseInt(args[1]);
    Snapshot large = SyntheticDataset.generate(units, units / 10, 42);
    try (JdbcStore store = JdbcStore.open(url)) {
      System.out.println(BEGINS);
      System.out.flush();
      store.saveSnapshot(
          large,
          new AuditEntry(
              Instant.now(),
              "generator",
              "snapshot.import",
              "snapshot",
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
      System.out.println(ENDED);
    }
  }
}
