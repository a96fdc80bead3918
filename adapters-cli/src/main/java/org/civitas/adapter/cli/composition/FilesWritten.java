package org.civitas.adapter.cli.composition;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.civitas.adapter.cli.DatasetOutput;
import org.civitas.adapter.persistence.csv.CsvExport;
import org.civitas.adapter.persistence.dataset.DatasetFormat;
import org.civitas.adapter.persistence.dataset.DatasetWriter;
import org.civitas.adapter.persistence.opendata.BaseIri;
import org.civitas.adapter.persistence.opendata.OpenData;
import org.civitas.adapter.persistence.opendata.OpenDataFormat;
import org.civitas.application.port.out.ClockPort;
import org.civitas.domain.snapshot.Snapshot;

/**
 * A snapshot written by the dataset codec (YAML, JSON), as CSV tables, or as open data as of the
 * day asked, today by the application's clock.
 */
final class FilesWritten implements DatasetOutput {

  private final DatasetWriter dataset = new DatasetWriter();
  private final CsvExport csv = new CsvExport();
  private final ClockPort clock;

  FilesWritten(ClockPort clock) {
    this.clock = clock;
  }

  @Override
  public void write(Snapshot snapshot, Notation notation, Publication publication, Writer out)
      throws IOException {
    switch (notation) {
      case YAML -> dataset.write(snapshot, DatasetFormat.YAML, out);
      case JSON -> dataset.write(snapshot, DatasetFormat.JSON, out);
      case CSV -> csv.write(snapshot, out);
      case JSONLD, POPOLO, OGP_CSV ->
          new OpenData(publication.baseIri().map(BaseIri::of).orElse(BaseIri.DEFAULT))
              .write(
                  snapshot,
                  OpenDataFormat.fromCode(notation.code()).orElseThrow(),
                  publication.asOf().orElseGet(clock::today),
                  out);
    }
  }

  @Override
  public ImmutableList<Path> writeCsvTables(Snapshot snapshot, Path directory) throws IOException {
    return csv.write(snapshot, directory);
  }
}
