package org.civitas.adapter.cli;

import java.nio.file.Path;
import java.util.List;

/** Reads dataset files (SPEC §3) as one dataset. */
public interface DatasetFiles {

  /**
   * Reads {@code files} together: one snapshot of all they hold, and every finding about them
   * (those met while reading and those of the rule catalogue), each at its file, pointer and line.
   * A file that cannot be parsed gives findings, not an exception.
   *
   * @throws CannotRead when a file cannot be opened at all (missing, a directory, not allowed)
   */
  Dataset read(List<Path> files);

  /**
   * Refuses files that cannot be opened at all, before anything else is done (an import checks them
   * before it opens, and perhaps creates, its database).
   *
   * @throws CannotRead when a file is missing, a directory or not allowed
   */
  default void requireReadable(List<Path> files) {}

  /** As {@link #read(List)}, telling {@code reading} how far it has got. */
  default Dataset read(List<Path> files, Reading reading) {
    return read(files);
  }

  /** Hears how far a reading has got: bytes read from the files, then the check of the rules. */
  interface Reading {

    /** Hears nothing. */
    Reading NONE = new Reading() {};

    /** {@code bytes} more bytes of the files were read. */
    default void read(long bytes) {}

    /** Every file is read; the rules are checked over the whole dataset now. */
    default void checkingRules() {}
  }
}
