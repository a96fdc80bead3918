package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.in.ChartFormat;
import org.civitas.application.port.in.DrawChartQuery;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.domain.organization.UnitId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The org charts under {@code docs/charts} are drawn by Civitas from the example datasets; this
 * test fails when one is stale, and writes them afresh when run with {@code
 * -Dcivitas.charts.write=true}.
 */
class TheChartsInTheDocsAreTheOnesCivitasDrawsTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path CHARTS = Path.of("..", "docs", "charts");

  /** A fixed day, so the charts change with the data and not with the calendar. */
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  private static final String WRITE = "civitas.charts.write";

  static Stream<Arguments> charts() {
    return Stream.of(
        Arguments.of("togo-masspf.yaml", "masspf", "togo-masspf"),
        Arguments.of("maroc-agadir-das.yaml", "das", "agadir-das"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("charts")
  void the_committed_chart_is_the_one_drawn_from_the_example(
      String example, String root, String chart) throws IOException {
    // given
    DatasetReading reading = new DatasetReader().read(EXAMPLES.resolve(example));
    assertThat(reading.hasErrors()).as("%s reads without error", example).isFalse();
    Civitas civitas = Civitas.builder().store(new InMemoryStore()).build();
    civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(reading.snapshot(), "docs"));

    for (ChartFormat format : new ChartFormat[] {ChartFormat.SVG, ChartFormat.MERMAID}) {
      // when
      String drawn = civitas.drawChart().draw(DrawChartQuery.on(UnitId.of(root), DAY, format));

      // then
      Path file = CHARTS.resolve(chart + (format == ChartFormat.SVG ? ".svg" : ".mmd"));
      if (Boolean.getBoolean(WRITE)) {
        Files.createDirectories(CHARTS);
        Files.writeString(file, drawn);
      }
      String committed = Files.exists(file) ? Files.readString(file) : "";
      assertThat(committed)
          .as("%s is not what Civitas draws: run with -D%s=true to refresh", file, WRITE)
          .isEqualTo(drawn);
    }
  }
}
