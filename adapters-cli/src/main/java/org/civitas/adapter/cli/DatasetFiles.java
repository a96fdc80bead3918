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
}
