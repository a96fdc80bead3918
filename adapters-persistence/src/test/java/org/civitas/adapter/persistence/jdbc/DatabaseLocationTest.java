package org.civitas.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

  private static final Path USER_HOME = Path.of("/home/dsi");

  @Test
  void the_url_given_comes_first() {
    // when
    String url =
        DatabaseLocation.url(
            Optional.of("jdbc:postgresql://db.masspf.tg/civitas"),
            Map.of("CIVITAS_DB", "jdbc:h2:file:/srv/civitas", "CIVITAS_HOME", "/srv"),
            USER_HOME);

    // then
    assertThat(url).isEqualTo("jdbc:postgresql://db.masspf.tg/civitas");
  }

  @Test
  void then_civitas_db() {
    // when
    String url =
        DatabaseLocation.url(
            Optional.empty(),
            Map.of("CIVITAS_DB", "jdbc:h2:file:/srv/civitas", "CIVITAS_HOME", "/srv"),
            USER_HOME);

    // then
    assertThat(url).isEqualTo("jdbc:h2:file:/srv/civitas");
  }

  @Test
  void then_the_h2_file_under_civitas_home() {
    // when
    String url =
        DatabaseLocation.url(Optional.empty(), Map.of("CIVITAS_HOME", "/srv/civitas"), USER_HOME);

    // then
    assertThat(url).isEqualTo("jdbc:h2:file:/srv/civitas/civitas");
  }

  @Test
  void civitas_home_is_dot_civitas_in_the_user_s_home_unless_set() {
    // when
    String url = DatabaseLocation.url(Optional.empty(), Map.of(), USER_HOME);

    // then
    assertThat(url).isEqualTo("jdbc:h2:file:/home/dsi/.civitas/civitas");
  }

  @Test
  void blank_values_count_as_unset() {
    // when
    String url =
        DatabaseLocation.url(
            Optional.of(" "), Map.of("CIVITAS_DB", "", "CIVITAS_HOME", "  "), USER_HOME);

    // then
    assertThat(url).isEqualTo("jdbc:h2:file:/home/dsi/.civitas/civitas");
  }

  @Test
  void an_embedded_database_lives_in_its_mv_db_file() {
    // when
    Optional<Path> file =
        DatabaseLocation.embeddedFile(
            "jdbc:h2:file:/srv/civitas/civitas;MODE=PostgreSQL", USER_HOME);

    // then
    assertThat(file).contains(Path.of("/srv/civitas/civitas.mv.db"));
  }

  @Test
  void the_file_of_the_default_database_is_under_civitas_home() {
    // when
    Optional<Path> file =
        DatabaseLocation.embeddedFile(
            DatabaseLocation.url(
                Optional.empty(), Map.of("CIVITAS_HOME", "/srv/civitas"), USER_HOME),
            USER_HOME);

    // then
    assertThat(file).contains(Path.of("/srv/civitas/civitas.mv.db"));
  }

  @Test
  void h2_reads_a_tilde_as_the_user_s_home() {
    // when
    Optional<Path> file = DatabaseLocation.embeddedFile("jdbc:h2:~/ministere", USER_HOME);

    // then
    assertThat(file).contains(Path.of("/home/dsi/ministere.mv.db"));
  }

  @Test
  void servers_and_memory_have_no_file_here() {
    // then
    assertThat(DatabaseLocation.embeddedFile("jdbc:h2:mem:civitas", USER_HOME)).isEmpty();
    assertThat(DatabaseLocation.embeddedFile("jdbc:h2:tcp://db.masspf.tg/civitas", USER_HOME))
        .isEmpty();
    assertThat(DatabaseLocation.embeddedFile("jdbc:postgresql://db.masspf.tg/civitas", USER_HOME))
        .isEmpty();
  }
}
