package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated dataset validates without error, and the same seed gives the same bytes. */
class GeneratedDatasetsAreValidAndRepeatableTest {

  @TempDir Path temp;

  @Test
  void the_same_seed_gives_the_same_file_byte_for_byte() throws IOException {
    // given
    Path first = temp.resolve("first.yaml");
    Path second = temp.resolve("second.yaml");
    Path other = temp.resolve("other.yaml");

    // when
    Command generated = generate(7, first);
    generate(7, second);
    generate(8, other);

    // then
    assertThat(generated.exitCode()).isZero();
    assertThat(generated.outLines())
        .containsExactly(
            "generated 300 units, 0 strategies and 40 commitments (seed 7) as yaml in " + first);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
  }

  @Test
  void what_is_generated_validates_without_error_in_yaml_and_in_json() {
    // given
    Path yaml = temp.resolve("government.yaml");
    Path json = temp.resolve("government.json");
    generate(11, yaml);
    generate(11, json);

    // when
    Command yamlChecked = Command.run("validate", yaml);
    Command jsonChecked = Command.run("validate", json);

    // then
    assertThat(yamlChecked.exitCode()).isZero();
    assertThat(yamlChecked.outLines()).last().asString().startsWith("valid: 0 errors, ");
    assertThat(jsonChecked.exitCode()).isZero();
    assertThat(jsonChecked.outLines()).last().asString().startsWith("valid: 0 errors, ");
  }

  @Test
  void csv_is_refused_for_a_dataset_that_is_meant_to_be_imported() {
    // when
    Command refused =
        Command.run("generate", "--units", "10", "--format", "csv", "-o", temp.resolve("x.csv"));

    // then
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).startsWith("civitas: a generated dataset is written as yaml or json");
    assertThat(temp.resolve("x.csv")).doesNotExist();
  }

  private static Command generate(long seed, Path file) {
    return Command.run(
        "generate", "--units", "300", "--commitments", "40", "--seed", seed, "-o", file);
  }
}
