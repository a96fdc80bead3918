package org.civitas.adapter.cli;

/** A file that could not be opened: the command stops with a usage and I/O error (exit 2). */
public final class CannotRead extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String reason;

  public CannotRead(String file, String reason) {
    super("cannot read " + file + ": " + reason);
    this.file = file;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** Why, as people say it: {@code no such file}, {@code permission denied}. */
  public String reason() {
    return reason;
  }
}
