package org.civitas.adapter.persistence.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.dataset.DatasetReading;
import org.civitas.domain.snapshot.Snapshot;

/** The bundled example datasets, and what each export writes of a record. */
final class Examples {

  static final Path EXAMPLES = Path.of("..", "examples");

  private Examples() {}

  /**
   * The record of {@code examples/NAME}, which reads without error; several names separated by
   * spaces are read as one dataset (the stratégie 4+4 needs the file of its owner, maroc-upe.yaml).
   */
  static Snapshot example(String names) {
    Path[] files = Arrays.stream(names.split(" ")).map(EXAMPLES::resolve).toArray(Path[]::new);
    DatasetReading reading = new DatasetReader().read(files);
    assertThat(reading.hasErrors()).as("%s reads without error", names).isFalse();
    return reading.snapshot();
  }

  /** What {@code format} writes of {@code record} as of {@code day}, under {@code base}. */
  static String export(Snapshot record, OpenDataFormat format, LocalDate day, BaseIri base) {
    StringWriter out = new StringWriter();
    try {
      new OpenData(base).write(record, format, day, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String export(Snapshot record, OpenDataFormat format, LocalDate day) {
    return export(record, format, day, BaseIri.DEFAULT);
  }
}
