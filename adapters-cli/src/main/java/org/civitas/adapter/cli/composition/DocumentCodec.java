package org.civitas.adapter.cli.composition;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.civitas.adapter.persistence.dataset.DatasetFinding;
import org.civitas.adapter.persistence.dataset.DatasetFormat;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.dataset.DatasetReading;
import org.civitas.adapter.persistence.dataset.DatasetSource;
import org.civitas.adapter.persistence.dataset.DatasetWriter;
import org.civitas.adapter.rest.DatasetCodec;
import org.civitas.domain.snapshot.Snapshot;

/** The server's dataset documents, read and written by the persistence adapter's codec. */
final class DocumentCodec implements DatasetCodec {

  private final DatasetReader reader = new DatasetReader();
  private final DatasetWriter writer = new DatasetWriter();

  @Override
  public Reading read(InputStream body, Notation notation) {
    DatasetReading reading = reader.read(DatasetSource.of("upload", body).as(format(notation)));
    return new Reading(
        reading.snapshot(),
        reading.findings().stream()
            .map(DatasetFinding::finding)
            .collect(ImmutableList.toImmutableList()));
  }

  @Override
  public void write(Snapshot snapshot, Notation notation, OutputStream out) throws IOException {
    writer.write(snapshot, format(notation), out);
  }

  private static DatasetFormat format(Notation notation) {
    return notation == Notation.YAML ? DatasetFormat.YAML : DatasetFormat.JSON;
  }
}
