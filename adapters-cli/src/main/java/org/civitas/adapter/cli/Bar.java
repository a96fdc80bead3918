package org.civitas.adapter.cli;

/** A progress bar drawn with block characters, e.g. {@code ███████░░░░░░░░░░░░░ 35.0 %}. */
final class Bar {

  static final int WIDTH = 20;

  private Bar() {}

  static String of(double percent) {
    double clamped = Math.max(0, Math.min(100, percent));
    int full = (int) Math.round(clamped * WIDTH / 100);
    return "█".repeat(full) + "░".repeat(WIDTH - full);
  }
}
