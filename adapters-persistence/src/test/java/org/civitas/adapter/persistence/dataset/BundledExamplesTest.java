package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example datasets of the repository follow the format and survive an export. */
class BundledExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  private final DatasetReader reader = new DatasetReader();
  private final DatasetWriter writer = new DatasetWriter();

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void an_example_has_no_finding_of_the_format(Path example) {
    // given the example

    // when
    DatasetReading reading = reader.read(example);

    // then
    assertThat(Fixtures.formatFindings(reading)).isEmpty();
    assertThat(reading.snapshot().units().size() + reading.snapshot().strategies().size())
        .as("units or strategies read")
        .isPositive();
  }

  @org.junit.jupiter.api.Test
  void the_examples_read_together_have_no_error() throws IOException {
    // given every example, the strategy of maroc-strategie-4-4.yaml owned by the ministry of
    // maroc-upe.yaml

    // when
    DatasetReading reading = reader.read(examples().toArray(Path[]::new));

    // then
    assertThat(reading.hasErrors()).isFalse();
    assertThat(reading.snapshot().units()).hasSize(39);
    assertThat(reading.snapshot().restructurings()).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void an_example_written_as_json_reads_back_equal(Path example) {
    // given
    DatasetReading original = reader.read(example);

    // when
    byte[] json =
        writer.write(original.snapshot(), DatasetFormat.JSON).getBytes(StandardCharsets.UTF_8);
    DatasetReading copy = reader.read(DatasetSource.of("copy.json", json));

    // then
    assertThat(copy.snapshot()).isEqualTo(original.snapshot());
  }
}
