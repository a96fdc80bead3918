package org.civitas.adapter.cli;

import org.jspecify.annotations.Nullable;

/** An output file or directory could not be written: a usage and I/O error (exit 2). */
final class CannotWrite extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CannotWrite(String file, String reason, @Nullable Throwable cause) {
    super("cannot write " + file + ": " + reason, cause);
  }
}
