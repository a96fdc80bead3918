package org.civitas.adapter.persistence.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The open-data files under {@code docs/examples} are written by Civitas from the example datasets;
 * this test fails when one is stale, and writes them afresh when run with {@code
 * -Dcivitas.opendata.write=true}.
 */
class TheOpenDataInTheDocsIsWhatCivitasWritesTest {

  private static final Path DOCS = Path.of("..", "docs", "examples");

  /** A fixed day, so the files change with the data and not with the calendar. */
  static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  private static final String WRITE = "civitas.opendata.write";

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("togo-masspf", OpenDataFormat.JSONLD),
        Arguments.of("maroc-upe", OpenDataFormat.JSONLD),
        Arguments.of("togo-masspf", OpenDataFormat.POPOLO),
        Arguments.of("benin-sg", OpenDataFormat.POPOLO),
        Arguments.of("maroc-upe", OpenDataFormat.POPOLO),
        Arguments.of("maroc-upe", OpenDataFormat.OGP_CSV));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("files")
  void the_committed_file_is_the_one_written_from_the_example(String example, OpenDataFormat format)
      throws IOException {
    // given
    Path file = DOCS.resolve(example + format.extension());

    // when
    String written = Examples.export(Examples.example(example + ".yaml"), format, DAY);

    // then
    if (Boolean.getBoolean(WRITE)) {
      Files.createDirectories(DOCS);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertThat(committed)
        .as("%s is not what Civitas writes: run with -D%s=true to refresh", file, WRITE)
        .isEqualTo(written);
  }
}
