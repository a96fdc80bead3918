package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports under {@code docs/examples} are what {@code civitas report --period 2025-S2 --data
 * examples/maroc-upe.yaml} writes; this test fails when one is stale, and writes them afresh when
 * run with {@code -Dcivitas.reports.write=true}. The semester is over, so the reports do not change
 * with the day they are made.
 */
class TheReportsInTheDocsAreTheOnesCivitasWritesTest {

  private static final Path DOCS = Path.of("..", "docs", "examples");
  private static final String WRITE = "civitas.reports.write";

  @ParameterizedTest(name = "report-2025-S2.{0}")
  @ValueSource(strings = {"md", "html", "csv"})
  void the_committed_report_is_the_one_the_command_writes(String format) throws IOException {
    // when
    Command written =
        Command.run(
            "report",
            "--period",
            "2025-S2",
            "--format",
            format,
            "--data",
            Command.example("maroc-upe.yaml"));

    // then
    assertThat(written.exitCode()).as(written.err()).isZero();
    Path file = DOCS.resolve("report-2025-S2." + format);
    if (Boolean.getBoolean(WRITE)) {
      Files.createDirectories(DOCS);
      Files.writeString(file, written.out());
    }
    String committed = Files.exists(file) ? Files.readString(file) : "";
    assertThat(committed)
        .as("%s is not what civitas report writes: run with -D%s=true to refresh", file, WRITE)
        .isEqualTo(written.out());
  }
}
