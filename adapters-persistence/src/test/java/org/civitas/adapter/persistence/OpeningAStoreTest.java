package org.civitas.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.civitas.adapter.persistence.jdbc.DatabaseUnavailable;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpeningAStoreTest {

  @TempDir Path home;

  @Test
  void without_a_url_the_store_is_an_h2_file_under_civitas_home_kept_between_openings() {
    // given
    Map<String, String> environment = Map.of("CIVITAS_HOME", home.resolve("data").toString());

    // when
    try (JdbcStore store = Stores.open(Optional.empty(), environment, home)) {
      store.saveSnapshot(Fixtures.record(), Fixtures.imported());
    }

    // then
    assertThat(home.resolve("data").resolve("civitas.mv.db")).isRegularFile();
    try (JdbcStore again = Stores.open(Optional.empty(), environment, home)) {
      assertThat(again.loadSnapshot()).isEqualTo(Fixtures.record());
      assertThat(again.url()).isEqualTo("jdbc:h2:file:" + home.resolve("data").resolve("civitas"));
    }
  }

  @Test
  void a_url_names_a_database_civitas_does_not_support_in_one_line() {
    // when / then
    assertThatExceptionOfType(DatabaseUnavailable.class)
        .isThrownBy(
            () -> Stores.open(Optional.of("jdbc:mysql://localhost/civitas"), Map.of(), home))
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "'jdbc:mysql://localhost/civitas' is not a database Civitas can use: give"
                            + " jdbc:h2:file:PATH or jdbc:postgresql://HOST[:PORT]/DATABASE"));
  }

  @Test
  void an_unreachable_database_is_said_in_one_line_without_its_password() throws IOException {
    // given a port nothing listens on
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://localhost:" + port + "/civitas?user=civitas&password=secret";

    // when / then
    assertThatExceptionOfType(DatabaseUnavailable.class)
        .isThrownBy(() -> Stores.open(Optional.of(url), Map.of(), home))
        .satisfies(
            e -> {
              assertThat(e.getMessage())
                  .startsWith(
                      "cannot open the database jdbc:postgresql://localhost:"
                          + port
                          + "/civitas?user=civitas&password=***: ")
                  .doesNotContain("secret")
                  .doesNotContain("\n");
              assertThat(e.getMessage()).contains("refused");
              assertThat(e.getCause()).isNotNull();
            });
  }

  @Test
  void civitas_db_names_the_database_when_no_url_is_given() {
    // given
    String url = "jdbc:h2:file:" + home.resolve("elsewhere");

    // when
    try (JdbcStore store = Stores.open(Optional.empty(), Map.of("CIVITAS_DB", url), home)) {
      store.saveSnapshot(Fixtures.record(), Fixtures.imported());
    }

    // then
    assertThat(Files.exists(home.resolve("elsewhere.mv.db"))).isTrue();
    assertThat(Files.exists(home.resolve(".civitas"))).isFalse();
  }
}
