package org.civitas.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.adapter.persistence.Fixtures;
import org.civitas.adapter.persistence.StoreContract;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.application.port.out.ListUnitsPort;
import org.civitas.domain.organization.UnitId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract, held by the JDBC store on an embedded H2 file. */
class H2StoreTest extends StoreContract<JdbcStore> {

  @TempDir Path directory;

  @Override
  protected JdbcStore newStore() {
    return JdbcStore.open(DatabaseLocation.embedded(directory));
  }

  @Test
  void a_page_of_units_is_read_in_the_order_of_an_index_on_ids() {
    // given a national dataset
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
        .containsPattern("PRIMARY_KEY_\\w*: ID > ")
        .contains("/* index sorted */")
        .doesNotContain("UNITS.tableScan");
  }

  @Test
  void a_subtree_is_read_through_the_path_index() {
    // given a national dataset
    store.saveSnapshot(SyntheticDataset.generate(5_000, 0, 1), Fixtures.imported());

    // when
    String plan = store.subtreePlan(UnitId.of("u5"), LocalDate.of(2026, 1, 1)).orElseThrow();

    // then
    assertThat(plan)
        .contains("PUBLIC.UNIT_PATHS_BY_PATH: PATH >=")
        .doesNotContain("UNIT_PATHS.tableScan");
  }

  @Test
  void the_page_cache_holds_a_quarter_of_the_heap() throws SQLException {
    // given the store opened on its file
    long expected = Math.max(16 * 1024, Runtime.getRuntime().maxMemory() / 4 / 1024) / 1024;

    // when another connection to the same database asks H2
    String megabytes;
    try (Connection c = DriverManager.getConnection(DatabaseLocation.embedded(directory));
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
      r.next();
      megabytes = r.getString(1);
    }

    // then
    assertThat(megabytes).isEqualTo(Long.toString(expected));
  }

  @Test
  void a_page_cache_the_url_sizes_is_left_as_given() {
    // when
    String url = JdbcStore.withPageCache("jdbc:h2:file:/srv/civitas;cache_size=2048");

    // then
    assertThat(url).isEqualTo("jdbc:h2:file:/srv/civitas;cache_size=2048");
  }
}
