package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EveryCommandHasHelpAndTheVersionTest {

  private final Datasets files = new Datasets(Fixtures.CHECK_DAY);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "validate",
        "import",
        "export",
        "tree",
        "show",
        "show unit",
        "show strategy",
        "show commitment",
        "history",
        "diff",
        "find",
        "progress",
        "report",
        "coverage",
        "chart",
        "generate"
      })
  void help_says_how_to_call_the_command_and_what_its_exit_codes_mean(String command) {
    // when
    Run run = Run.of(files, args(command, "--help"));

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: civitas " + command)
        .contains("Exit codes:")
        .contains("--help")
        .contains("--version");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "show commitment"})
  void version_names_the_release_and_the_java_that_runs_it(String command) {
    // when
    Run run = Run.of(files, args(command, "--version"));

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().get(0)).matches("civitas \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.outLines().get(1)).startsWith("Java " + System.getProperty("java.version"));
  }

  private static String[] args(String command, String option) {
    String[] words = command.isEmpty() ? new String[0] : command.split(" ");
    String[] args = Arrays.copyOf(words, words.length + 1);
    args[words.length] = option;
    return args;
  }
}
