package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.civitas.domain.snapshot.Snapshot;

/** Writes a snapshot as a dataset document (docs/dataset-format.md) or as CSV tables. */
public interface DatasetOutput {

  /** The notations a record is written in. */
  enum Notation {
    /** The dataset format in YAML: reads back equal. */
    YAML,
    /** The dataset format in JSON: reads back equal. */
    JSON,
    /** One table per kind of object (docs/csv-export.md); for reading, not for importing. */
    CSV;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The notation a file name announces by its extension. */
    static Optional<Notation> ofFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return Optional.of(YAML);
      }
      if (lower.endsWith(".json")) {
        return Optional.of(JSON);
      }
      if (lower.endsWith(".csv")) {
        return Optional.of(CSV);
      }
      return Optional.empty();
    }
  }

  /** Writes {@code snapshot} to {@code out}; CSV gives every table, each after {@code # NAME}. */
  void write(Snapshot snapshot, Notation notation, Writer out) throws IOException;

  /**
   * Writes each CSV table to its own file, {@code NAME.csv}, in {@code directory} (made if
   * missing).
   *
   * @return the files written
   */
  ImmutableList<Path> writeCsvTables(Snapshot snapshot, Path directory) throws IOException;
}
