package org.civitas.adapter.cli;

/**
 * The command refuses what it was asked for a reason of its own, e.g. an import over a database
 * that holds data without {@code --replace}: exit 1, nothing was changed.
 */
final class CommandRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandRefused(String message) {
    super(message);
  }
}
