package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.adapter.persistence.dataset.DatasetFinding;
import org.civitas.adapter.persistence.dataset.DatasetFormat;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.dataset.DatasetReading;
import org.civitas.adapter.persistence.dataset.DatasetSource;
import org.civitas.adapter.persistence.dataset.DatasetWriter;
import org.civitas.adapter.persistence.opendata.BaseIri;
import org.civitas.adapter.persistence.opendata.OpenData;
import org.civitas.adapter.persistence.opendata.OpenDataFormat;
import org.civitas.domain.snapshot.Snapshot;

/**
 * The dataset codec behind the server's seam, as the composition root wires it; its today is the
 * test server's (public for the benchmark).
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

  @Override
  public void publish(
      Snapshot snapshot,
      Publication format,
      Optional<LocalDate> asOf,
      Optional<String> baseIri,
      OutputStream out)
      throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    new OpenData(baseIri.map(BaseIri::of).orElse(BaseIri.DEFAULT))
        .write(
            snapshot,
            OpenDataFormat.valueOf(format.name()),
            asOf.orElseGet(() -> TestServer.TODAY),
            text);
    text.flush();
  }

  private static DatasetFormat format(Notation notation) {
    return notation == Notation.YAML ? DatasetFormat.YAML : DatasetFormat.JSON;
  }
}
