package org.civitas.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.civitas.adapter.persistence.Fixtures;
import org.civitas.adapter.persistence.StoreContract;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.application.port.out.ListUnitsPort;
import org.civitas.domain.organization.UnitId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

  /** The database of the test's store. */
  private String url;

  @Override
  protected JdbcStore newStore() {
    url = server.newDatabase();
    return JdbcStore.open(url);
  }

  @Test
  void a_write_by_another_store_on_the_database_changes_the_revision_once_notified() {
    // given a second store on the same database, as another process would open it
    try (JdbcStore other = JdbcStore.open(url)) {
      long before = store.revision();
      assertThat(store.revision()).isEqualTo(before);

      // when
      other.saveSnapshot(Fixtures.record(), Fixtures.imported());

      // then, once the notice has come (it is sent at the commit)
      long after = revisionAfter(before);
      assertThat(after).isNotEqualTo(before);
      assertThat(store.loadSnapshot()).isEqualTo(Fixtures.record());
      assertThat(store.revision()).isEqualTo(after);
    }
  }

  @Test
  void a_change_made_to_the_tables_without_civitas_changes_the_revision_once_notified()
      throws Exception {
    // given
    store.saveSnapshot(Fixtures.record(), Fixtures.imported());
    long before = store.revision();

    // when a database administrator corrects a commitment by hand
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE commitments SET version = version + 1 WHERE id = 'upe'");
    }

    // then
    assertThat(revisionAfter(before)).isNotEqualTo(before);
    assertThat(store.loadCommitment(Fixtures.UPE).orElseThrow().version()).isEqualTo(2);
  }

  /** The store's revision once it differs from {@code before}, or after 10 s. */
  private long revisionAfter(long before) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (store.revision() == before && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    return store.revision();
  }

  @Test
  void a_page_of_units_is_read_in_the_order_of_an_index_on_ids() {
    // given a national dataset, with the planner's statistics refreshed by the import
    store.saveSnapshot(SyntheticDataset.generate(20_000, 0, 1), Fixtures.imported());

    // when
    String plan =
        store
            .listPlan(
                new ListUnitsPort.Listing(
                    LocalDate.of(2026, 1, 1),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(UnitId.of("u5")),
                    100))
            .orElseThrow();

    // then the page starts after the id given and stops after its size, in the index's order
    assertThat(plan)
        .contains("Index Scan using units_in_id_order on units")
        .doesNotContain("Sort")
        .doesNotContain("Seq Scan on units");
  }

  @Test
  void a_subtree_is_read_through_the_path_index() {
    // given a national dataset, with the planner's statistics refreshed by the import
    store.saveSnapshot(SyntheticDataset.generate(5_000, 0, 1), Fixtures.imported());

    // when
    String plan = store.subtreePlan(UnitId.of("u5"), LocalDate.of(2026, 1, 1)).orElseThrow();

    // then
    assertThat(plan)
        .containsPattern("Index Scan (using|on) unit_paths_by_path")
        .doesNotContain("Seq Scan on unit_paths");
  }
}
