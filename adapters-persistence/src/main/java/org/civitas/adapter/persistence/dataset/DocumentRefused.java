package org.civitas.adapter.persistence.dataset;

import java.io.IOException;

/**
 * Thrown from under the parser when the bytes of a file break a limit or are not text: the parser
 * passes it up, and the reader turns it into a {@code format.syntax} finding.
 */
final class DocumentRefused extends IOException {
  private static final long serialVersionUID = 1L;

  private final int line;

  DocumentRefused(String message, int line) {
    super(message);
    this.line = line;
  }

  int line() {
    return line;
  }
}
