package org.civitas.adapter.persistence.opendata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import org.civitas.domain.snapshot.Snapshot;

/** Writes a record in any of the open-data formats, its IRIs under one base. */
public final class OpenData {

  private final OrgJsonLdExport jsonLd;
  private final PopoloExport popolo = new PopoloExport();
  private final OgpCsvExport ogp = new OgpCsvExport();

  public OpenData(BaseIri base) {
    this.jsonLd = new OrgJsonLdExport(base);
  }

  /** Writes {@code snapshot} in {@code format}, its structure and figures as of {@code asOf}. */
  public void write(Snapshot snapshot, OpenDataFormat format, LocalDate asOf, Writer out)
      throws IOException {
    switch (format) {
      case JSONLD -> jsonLd.write(snapshot, asOf, out);
      case POPOLO -> popolo.write(snapshot, asOf, out);
      case OGP_CSV -> ogp.write(snapshot, asOf, out);
    }
  }
}
