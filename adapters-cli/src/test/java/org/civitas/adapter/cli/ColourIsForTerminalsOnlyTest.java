package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help;

class ColourIsForTerminalsOnlyTest {

  private final Datasets files = new Datasets(Fixtures.CHECK_DAY).with("upe.yaml", Fixtures.upe());

  @Test
  void on_a_terminal_the_state_is_coloured() {
    // when
    String out = run(Help.Ansi.ON);

    // then: overdue in red, the acronym in bold
    assertThat(out).contains("\u001B[31moverdue").contains("\u001B[1mMSISF\u001B[0m");
  }

  @Test
  void elsewhere_the_output_holds_no_escape_code() {
    // when
    String out = run(Help.Ansi.OFF);

    // then
    assertThat(out).doesNotContain("\u001B").contains("overdue");
  }

  private String run(Help.Ansi ansi) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Cli.run(
        files,
        new String[] {"progress", "--data", "upe.yaml", "--as-of", "2026-11-22"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        ansi);
    return out.toString(StandardCharsets.UTF_8);
  }
}
