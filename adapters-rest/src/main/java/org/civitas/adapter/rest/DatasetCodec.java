package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;

/**
 * Reads and writes dataset documents (SPEC §3) for the dataset endpoints. The server does not know
 * the codec: whoever builds it (the composition root) passes one in, so this adapter depends on the
 * application alone.
 */
public interface DatasetCodec {

  /** The two notations of a dataset document. */
  enum Notation {
    YAML,
    JSON
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
}
