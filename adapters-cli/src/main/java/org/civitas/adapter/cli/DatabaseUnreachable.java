package org.civitas.adapter.cli;

/**
 * The database cannot be used: its URL is not one Civitas supports, it cannot be reached, or its
 * schema cannot be brought up to date. A usage and I/O error (exit 2); the message is one line that
 * says which and what to do.
 */
public final class DatabaseUnreachable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnreachable(String message, Throwable cause) {
    super(message, cause);
  }
}
