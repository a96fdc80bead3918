package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.adapter.cli.composition.Databases.examples;
import static org.civitas.adapter.cli.composition.Databases.words;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without --data, a query reads the database: --db, else CIVITAS_DB, else the embedded file under
 * CIVITAS_HOME; and it never makes a database of its own.
 */
class QueriesReadTheDatabaseTest {

  @TempDir Path temp;

  @Test
  void the_examples_imported_into_the_default_database_answer_every_query() {
    // given
    Map<String, String> environment = Databases.home(temp);

    // when
    Command imported = Command.run(environment, words(examples(), "import"));
    Command tree = Command.run(environment, "tree", "--as-of", "2026-11-22");
    Command upe = Command.run(environment, "show", "commitment", "upe", "--as-of", "2026-11-22");
    Command progress = Command.run(environment, "progress", "--as-of", "2026-11-22");
    Command find = Command.run(environment, "find", "enfance");

    // then
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.outLines())
        .last()
        .isEqualTo(
            "stored 39 units, 2 strategies and 1 commitment in jdbc:h2:file:"
                + temp.resolve("civitas").toAbsolutePath()
                + " (0 errors, 3 warnings, 62 info)");
    assertThat(Files.exists(temp.resolve("civitas.mv.db"))).isTrue();
    assertThat(tree.outLines())
        .containsSubsequence(
            "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme",
            "├── Secrétariat général",
            "├── Direction générale de la protection de l’enfance",
            "│   ├── Direction de la prévention des situations de vulnérabilité")
        .endsWith("39 units on 2026-11-22");
    assertThat(upe.exitCode()).isZero();
    assertThat(upe.outLines())
        .contains(
            "  progress     ███████░░░░░░░░░░░░░  35.0 %  overdue", "  as of        2026-11-22");
    assertThat(progress.outLines())
        .containsSubsequence(
            "MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
            "  Σ ███████░░░░░░░░░░░░░  35.0 %  1 commitment: overdue 1");
    assertThat(find.outLines())
        .startsWith(
            "6 units match « enfance »:",
            " 1. CPPE — Comité provincial de Protection de l'Enfance (cppe)  by its name");
    assertThat(tree.err() + upe.err() + progress.err() + find.err()).isEmpty();
  }

  @Test
  void db_names_the_database_whatever_the_environment_says() {
    // given
    String url = Databases.h2(temp, "named");
    Map<String, String> elsewhere = Databases.home(temp.resolve("home"));
    Command.run(elsewhere, words(examples(), "import", "--db", url));

    // when
    Command upe =
        Command.run(
            elsewhere,
            "show",
            "commitment",
            "upe",
            "--as-of",
            "2026-11-22",
            "--format",
            "json",
            "--db",
            url);

    // then
    assertThat(upe.exitCode()).isZero();
    JsonNode json = upe.json();
    assertThat(json.get("progress").asDouble()).isEqualTo(35.0);
    assertThat(json.get("state").asText()).isEqualTo("overdue");
    assertThat(Files.exists(temp.resolve("home"))).isFalse();
  }

  @Test
  void civitas_db_names_the_database_when_db_is_not_given() {
    // given
    String url = Databases.h2(temp, "from-the-environment");
    Map<String, String> environment = Map.of("CIVITAS_DB", url);
    Command.run(environment, "import", Command.example("benin-sg.yaml"));

    // when
    Command tree = Command.run(environment, "tree", "--as-of", "2026-11-22");

    // then
    assertThat(tree.outLines())
        .startsWith("Secrétariat général du Ministère")
        .endsWith("5 units on 2026-11-22");
  }

  @Test
  void a_query_without_data_says_how_to_get_some_and_creates_nothing() {
    // given
    Path home = temp.resolve("never-used");

    // when
    Command tree = Command.run(Databases.home(home), "tree");

    // then
    assertThat(tree.exitCode()).isEqualTo(2);
    assertThat(tree.out()).isEmpty();
    assertThat(tree.errLines())
        .containsExactly(
            "civitas: no data: import a dataset first with `civitas import FILE…`, or give --data"
                + " FILE (there is no database at "
                + home.resolve("civitas.mv.db").toAbsolutePath()
                + " yet)");
    assertThat(Files.exists(home)).isFalse();
  }

  @Test
  void a_database_that_holds_nothing_gives_no_answer_either() {
    // given
    String url = Databases.h2(temp, "empty");
    JdbcStore.open(url).close();

    // when
    Command progress = Command.run(Map.of(), "progress", "--db", url);

    // then
    assertThat(progress.exitCode()).isEqualTo(2);
    assertThat(progress.errLines())
        .containsExactly(
            "civitas: no data: import a dataset first with `civitas import FILE…`, or give --data"
                + " FILE (the database "
                + url
                + " holds nothing yet)");
  }

  @Test
  void a_url_civitas_cannot_use_is_one_line_and_exit_code_2() {
    // when
    Command tree = Command.run(Map.of(), "tree", "--db", "jdbc:mysql://db.masspf.tg/civitas");

    // then
    assertThat(tree.exitCode()).isEqualTo(2);
    assertThat(tree.errLines())
        .containsExactly(
            "civitas: 'jdbc:mysql://db.masspf.tg/civitas' is not a database Civitas can use: give"
                + " jdbc:h2:file:PATH or jdbc:postgresql://HOST[:PORT]/DATABASE");
  }

  @Test
  void an_unreachable_server_is_one_line_and_exit_code_2() {
    // when
    Command tree =
        Command.run(
            Map.of(), "tree", "--db", "jdbc:postgresql://127.0.0.1:1/civitas?connectTimeout=2");

    // then
    assertThat(tree.exitCode()).isEqualTo(2);
    assertThat(tree.errLines())
        .singleElement()
        .asString()
        .startsWith("civitas: cannot open the database jdbc:postgresql://127.0.0.1:1/civitas")
        .endsWith("(check the URL, that the server runs and the credentials)");
  }
}
