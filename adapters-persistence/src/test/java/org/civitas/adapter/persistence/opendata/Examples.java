package org.civitas.adapter.persistence.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.StreamSupport;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.dataset.DatasetReading;
import org.civitas.domain.snapshot.Snapshot;

/** The bundled example datasets, and what each export writes of a record. */
final class Examples {

  static final Path EXAMPLES = Path.of("..", "examples");

  private static final ObjectMapper JSON = new ObjectMapper();

  private Examples() {}

  /**
   * The record of {@code examples/NAME}, which reads without error; several names joined with
   * {@code +} are read as one record, as {@code --data} reads several files.
   */
  static Snapshot example(String names) {
    Path[] files =
        Arrays.stream(names.split("\\+"))
            .map(String::strip)
            .map(EXAMPLES::resolve)
            .toArray(Path[]::new);
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

  /** The Popolo export of {@code record} as of {@code day}, parsed. */
  static JsonNode popolo(Snapshot record, LocalDate day) {
    try {
      return JSON.readTree(export(record, OpenDataFormat.POPOLO, day));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The organization {@code id} of a Popolo export. */
  static JsonNode organization(JsonNode popolo, String id) {
    return StreamSupport.stream(popolo.path("organizations").spliterator(), false)
        .filter(o -> o.path("id").asText().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organization " + id));
  }

  /** An empty JSON object, to build the one a test expects. */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}
