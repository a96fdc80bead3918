package org.civitas.application.csv;

import com.google.common.base.CharMatcher;
import java.util.List;
import java.util.stream.Collectors;

/** Rows as RFC 4180 writes them: fields quoted only when they must be, lines ended by CRLF. */
public final class Csv {

  private static final CharMatcher NEEDS_QUOTES = CharMatcher.anyOf(",\"\r\n");

  private Csv() {}

  /** One row: its fields, each as {@link #field} writes it, joined by commas and ended by CRLF. */
  public static String row(List<String> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
  }

  /** A field quoted, its quotes doubled, when it holds a comma, a quote or a line break. */
  public static String field(String value) {
    return NEEDS_QUOTES.matchesAnyOf(value) ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
