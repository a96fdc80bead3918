package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;

/**
 * Reads and writes dataset documents (SPEC §3) for the dataset endpoints, and writes the record in
 * the open-data formats of docs/open-data.md. The server does not know the codec: whoever builds it
 * (the composition root) passes one in, so this adapter depends on the application alone.
 */
public interface DatasetCodec {

  /** The two notations of a dataset document. */
  enum Notation {
    YAML,
    JSON
  }

  /** The open-data formats, each written as of a day. */
  enum Publication {
    /** The W3C Organization Ontology in JSON-LD. */
    JSONLD,
    /** Popolo JSON. */
    POPOLO,
    /** The commitments as one CSV table, a row per milestone, as an OGP plan lists them. */
    OGP_CSV
  }

  /**
   * What a document held: the snapshot of everything that could be read and every finding about it,
   * those of the format and those of the rule catalogue, each at its JSON Pointer and line.
   */
  record Reading(Snapshot snapshot, ImmutableList<Finding> findings) {

    public boolean hasErrors() {
      return findings.stream().anyMatch(Finding::isError);
    }
  }

  /**
   * Reads one document from {@code body}, which stops with {@link BodyTooLarge} past the server's
   * limit. A document that cannot be parsed gives findings, not an exception.
   *
   * @throws IOException when the body cannot be read
   */
  Reading read(InputStream body, Notation notation) throws IOException;

  /** Writes {@code snapshot} as a document that {@link #read} reads back equal. */
  void write(Snapshot snapshot, Notation notation, OutputStream out) throws IOException;

  /**
   * Writes {@code snapshot} in {@code format}, in UTF-8, as of {@code asOf} (today by the
   * application's clock when empty), its IRIs under {@code baseIri} ({@code urn:civitas:} when
   * empty), an absolute IRI.
   */
  void publish(
      Snapshot snapshot,
      Publication format,
      Optional<LocalDate> asOf,
      Optional<String> baseIri,
      OutputStream out)
      throws IOException;
}
