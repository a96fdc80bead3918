package org.civitas.adapter.rest;

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
import org.civitas.domain.snapshot.Snapshot;

/**
 * The dataset codec behind the server's seam, as the composition root wires it (public for the
 * benchmark).
 */
public final class CodecForTests implements DatasetCodec {

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
