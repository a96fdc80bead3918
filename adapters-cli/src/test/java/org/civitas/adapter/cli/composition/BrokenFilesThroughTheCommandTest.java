package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset files with mistakes, written to disk and given to the real command. */
class BrokenFilesThroughTheCommandTest {

  private static final String UNITS =
      """
      civitas: 1
      language: fr
      units:
        - id: msisf
          kind: ministry
          name: Ministère de la Solidarité, de l'Insertion Sociale et de la Famille
          acronym: MSISF
      """;

  private static final String COMMITMENTS =
      """
      civitas: 1
      language: fr
      commitments:
        - id: upe
          title: Appui aux associations pour créer les unités de protection de l’enfance
          lead: msisf
          period: {start: 2024-01, end: 2025-12}
          activities:
            - {id: suivi, title: Suivi de l’appui, start: 2024-01, end: 2025-12, status: in-progress, progress: 30}
      """;

  @TempDir Path dir;

  @Test
  void a_parent_that_does_not_exist_is_an_error_at_its_line() throws IOException {
    // given
    Path file =
        write(
            "orphan.yaml",
            UNITS
                + """
                  - id: dpe
                    kind: directorate
                    parent: msisff
                    name: Direction de la protection de l'enfance
                """);

    // when
    Command run = Command.run("validate", file);

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("error ref.unknown /units/1/parent (line 10): ");
    assertThat(run.outLines().get(1))
        .isEqualTo(
            "not valid: 1 error, 0 warnings, 0 info in "
                + file
                + "; correct the errors and validate again");
  }

  @Test
  void a_file_that_is_not_yaml_is_a_syntax_error() throws IOException {
    // given
    Path file = write("broken.yaml", "civitas: 1\nlanguage: fr\nunits: [\n  - id: x\n");

    // when
    Command run = Command.run("validate", "--format", "json", file);

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode finding = run.json().get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("format.syntax");
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("line").isInt()).isTrue();
  }

  @Test
  void a_query_on_a_dataset_with_errors_prints_them_on_stderr_and_answers_nothing()
      throws IOException {
    // given
    Path file = write("typo.yaml", UNITS.replace("acronym:", "acronyme:"));

    // when
    Command run = Command.run("tree", "--data", file);

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0))
        .startsWith("error field.unknown /units/0/acronyme (line 7): ");
    assertThat(run.errLines().get(1))
        .isEqualTo(
            "civitas: the dataset has 1 error: correct it (civitas validate "
                + file
                + ") and ask again");
  }

  @Test
  void files_that_refer_to_each_other_are_one_dataset_unless_each_is_asked() throws IOException {
    // given the commitment's lead is in the other file
    Path units = write("units.yaml", UNITS);
    Path commitments = write("commitments.yaml", COMMITMENTS);

    // when
    Command together = Command.run("validate", units, commitments);
    Command each = Command.run("validate", "--each", units, commitments);
    Command query =
        Command.run(
            "show",
            "commitment",
            "upe",
            "--data",
            units,
            "--data",
            commitments,
            "--as-of",
            "2024-12-31",
            "--format",
            "json");

    // then
    assertThat(together.exitCode()).isZero();
    assertThat(together.outLines())
        .containsExactly("valid: 0 errors, 0 warnings, 0 info in 2 files");
    assertThat(each.exitCode()).isEqualTo(1);
    assertThat(each.outLines().get(0))
        .startsWith(commitments + ": error ref.unknown /commitments/0/lead (line 6): ");
    assertThat(query.json().get("lead").get("acronym").asText()).isEqualTo("MSISF");
    assertThat(query.json().get("progress").asDouble()).isEqualTo(30.0);
  }

  @Test
  void an_id_may_be_used_once_across_the_files_read_together() throws IOException {
    // given two files with the same unit
    Path first = write("first.yaml", UNITS);
    Path second = write("second.yaml", UNITS);

    // when
    Command run = Command.run("validate", first, second);

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines().get(0))
        .startsWith(second + ": error id.duplicate /units/0/id (line 4): ");
  }

  @Test
  void a_missing_file_is_an_io_error() {
    // when
    Command run = Command.run("validate", dir.resolve("absent.yaml"));

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly("civitas: cannot read " + dir.resolve("absent.yaml") + ": no such file");
  }

  @Test
  void a_directory_is_not_a_dataset_file() {
    // when
    Command run = Command.run("progress", "--data", dir);

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("civitas: cannot read " + dir + ": it is a directory, not a dataset file");
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    // when
    Command run = Command.run("validate", "--colour", Command.example("benin-sg.yaml"));

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("civitas: unknown option: '--colour'");
  }

  @Test
  void the_version_is_the_release() {
    // when
    Command run = Command.run("--version");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().get(0)).matches("civitas \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
