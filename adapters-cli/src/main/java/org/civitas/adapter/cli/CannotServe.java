package org.civitas.adapter.cli;

/** The server cannot listen where it was asked to, e.g. a port in use: exit 2. */
public final class CannotServe extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CannotServe(String message, Throwable cause) {
    super(message, cause);
  }
}
