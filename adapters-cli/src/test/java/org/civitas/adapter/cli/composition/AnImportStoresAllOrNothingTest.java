package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import validates, then stores the whole dataset or nothing; over a database that holds data it
 * needs --replace, and then replaces everything.
 */
class AnImportStoresAllOrNothingTest {

  private static final Map<String, String> NO_ENVIRONMENT = Map.of();

  @TempDir Path temp;

  private String url;

  @BeforeEach
  void the_togolese_ministry_is_stored() {
    url = Databases.h2(temp, "db");
    Command imported =
        Command.run(NO_ENVIRONMENT, "import", "--db", url, Command.example("togo-masspf.yaml"));
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void a_dataset_with_an_error_is_not_stored_and_the_record_stays_as_it_was() throws IOException {
    // given
    Path broken =
        write(
            "broken.yaml",
            """
            civitas: 1
            language: fr
            units:
              - id: sgm
                kind: general-secretariat
                name: Secrétariat général du Ministère
              - id: cellule-juridique
                kind: cell
                parent: sg-ministere
                name: Cellule juridique
            """);

    // when
    Command refused = Command.run(NO_ENVIRONMENT, "import", "--replace", "--db", url, broken);
    Command tree = Command.run(NO_ENVIRONMENT, "tree", "--db", url, "--as-of", "2026-11-22");

    // then
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.outLines())
        .first()
        .asString()
        .startsWith("error ref.unknown /units/1/parent (line 9): ");
    assertThat(refused.outLines()).last().isEqualTo("not stored: 1 error, 0 warnings, 0 info");
    assertThat(refused.errLines())
        .containsExactly(
            "civitas: the dataset has 1 error and was not stored: correct it (civitas validate "
                + broken
                + ") and import it again");
    assertThat(tree.outLines())
        .startsWith(
            "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme")
        .endsWith("23 units on 2026-11-22");
  }

  @Test
  void a_database_that_holds_data_is_replaced_only_with_replace() {
    // when
    Command refused =
        Command.run(NO_ENVIRONMENT, "import", "--db", url, Command.example("benin-sg.yaml"));
    Command treeBefore = Command.run(NO_ENVIRONMENT, "tree", "--db", url, "--as-of", "2026-11-22");
    Command replaced =
        Command.run(
            NO_ENVIRONMENT, "import", "--replace", "--db", url, Command.example("benin-sg.yaml"));
    Command treeAfter = Command.run(NO_ENVIRONMENT, "tree", "--db", url, "--as-of", "2026-11-22");

    // then
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.errLines())
        .containsExactly(
            "civitas: the database "
                + url
                + " already holds 23 units, 0 strategies and 0 commitments: give --replace to"
                + " replace them all with the dataset; nothing was stored");
    assertThat(treeBefore.outLines()).endsWith("23 units on 2026-11-22");
    assertThat(replaced.exitCode()).isZero();
    assertThat(replaced.outLines())
        .containsExactly(
            "stored 5 units, 0 strategies and 0 commitments in "
                + url
                + ", in place of 23 units, 0 strategies and 0 commitments (0 errors, 0 warnings,"
                + " 0 info)");
    assertThat(treeAfter.outLines())
        .containsExactly(
            "Secrétariat général du Ministère",
            "├── Secrétariat administratif",
            "├── Cellule juridique",
            "├── Commission de passation des marchés publics",
            "└── Cellule sectorielle de pilotage de la réforme administrative et institutionnelle",
            "5 units on 2026-11-22");
  }

  @Test
  void json_says_what_was_stored_and_in_place_of_what() {
    // when
    Command replaced =
        Command.run(
            NO_ENVIRONMENT,
            "import",
            "--replace",
            "--format",
            "json",
            "--db",
            url,
            Command.example("maroc-upe.yaml"));

    // then
    assertThat(replaced.exitCode()).isZero();
    assertThat(replaced.err()).isEmpty();
    JsonNode json = replaced.json();
    assertThat(json.get("stored").asBoolean()).isTrue();
    assertThat(json.get("database").asText()).isEqualTo(url);
    assertThat(json.get("replace").asBoolean()).isTrue();
    assertThat(json.get("imported").toString())
        .isEqualTo("{\"units\":4,\"strategies\":0,\"commitments\":1}");
    assertThat(json.get("before").toString())
        .isEqualTo("{\"units\":23,\"strategies\":0,\"commitments\":0}");
    assertThat(json.get("counts").toString()).isEqualTo("{\"error\":0,\"warning\":2,\"info\":4}");
    assertThat(json.get("findings").get(0).get("code").asText()).isEqualTo("date.placeholder");
  }

  private Path write(String name, String yaml) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void a_file_that_cannot_be_read_leaves_no_database_behind() {
    // given
    Path home = temp.resolve("home");

    // when
    Command refused = Command.run(Databases.home(home), "import", temp.resolve("ministere.yaml"));

    // then
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.errLines())
        .containsExactly(
            "civitas: cannot read " + temp.resolve("ministere.yaml") + ": no such file");
    assertThat(home).doesNotExist();
  }
}
