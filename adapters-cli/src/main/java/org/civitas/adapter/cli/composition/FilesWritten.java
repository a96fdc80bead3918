package org.civitas.adapter.cli.composition;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.civitas.adapter.cli.DatasetOutput;
import org.civitas.adapter.persistence.csv.CsvExport;
import org.civitas.adapter.persistence.dataset.DatasetFormat;
import org.civitas.adapter.persistence.dataset.DatasetWriter;
import org.civitas.domain.snapshot.Snapshot;

/** A snapshot written by the dataset codec (YAML, JSON) or as CSV tables. */
final class FilesWritten implements DatasetOutput {

  private final DatasetWriter dataset = new DatasetWriter();
  private final CsvExport csv = new CsvExport();

  @Override
  public void write(Snapshot snapshot, Notation notation, Writer out) throws IOException {
    switch (notation) {
      case YAML -> dataset.write(snapshot, DatasetFormat.YAML, out);
      case JSON -> dataset.write(snapshot, DatasetFormat.JSON, out);
      case CSV -> csv.write(snapshot, out);
    }
  }

  @Override
  public ImmutableList<Path> writeCsvTables(Snapshot snapshot, Path directory) throws IOException {
    return csv.write(snapshot, directory);
  }
}
