package org.civitas.adapter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** The layout of {@code show}: a title, aligned fields, then headed sections of lines. */
final class Sections {

  private static final int LABEL_WIDTH = 13;

  private Sections() {}

  /** {@code kind general-directorate}. */
  static void field(PrintWriter out, String label, String value) {
    out.println("  " + Text.pad(label, LABEL_WIDTH, false) + value);
  }

  /** A blank line, then the heading in bold. */
  static void heading(PrintWriter out, String heading, Style style) {
    out.println();
    out.println(style.bold(heading));
  }

  /** One indented line per item, or {@code none} in dim. */
  static <T> void list(PrintWriter out, List<T> items, Function<T, String> line, Style style) {
    if (items.isEmpty()) {
      out.println("  " + style.dim("none"));
    }
    items.forEach(item -> out.println("  " + line.apply(item)));
  }
}
