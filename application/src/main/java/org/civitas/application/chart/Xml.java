package org.civitas.application.chart;

/** Text made safe for XML and HTML content and attribute values. */
public final class Xml {

  private Xml() {}

  /**
   * Escapes the five markup characters, and replaces what XML 1.0 cannot hold (control characters,
   * lone surrogates) with U+FFFD, so no name can break the document. Other characters, accents and
   * Arabic letters among them, are kept as they are: the document is UTF-8.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
              }
            });
    return out.toString();
  }

  private static boolean allowed(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
