package org.civitas.adapter.cli;

import java.io.PrintStream;

/**
 * Shows a person how far a long command has got, phase by phase. On a terminal it draws progress
 * bars; everywhere else (a pipe, a file, a test, {@code --format json}) it shows nothing, so that
 * what programs read holds no bar.
 */
public interface Progress {

  /** The size of a phase whose size is not known beforehand. */
  long UNKNOWN = -1;

  /** Shows nothing. */
  Progress NONE = (task, bytes) -> Phase.NONE;

  /** Progress bars drawn on {@code terminal}, which a person watches. */
  static Progress bars(PrintStream terminal) {
    return new ProgressBars(terminal);
  }

  /**
   * Begins a phase of the work; the caller closes it before the next one begins.
   *
   * @param task what is being done, e.g. {@code Reading 5 files}
   * @param bytes how many bytes the phase goes through, or {@link #UNKNOWN}
   */
  Phase begin(String task, long bytes);

  /** One phase of the work, shown until it is closed. */
  interface Phase extends AutoCloseable {

    /** Shows nothing. */
    Phase NONE =
        new Phase() {
          @Override
          public void advance(long bytes) {}

          @Override
          public void close() {}
        };

    /** {@code bytes} more bytes were gone through. */
    void advance(long bytes);

    @Override
    void close();
  }
}
