package org.civitas.application.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a text is drawn, estimated without a font at hand: each character counts for a fixed
 * share of the font size, by class (wide letters, capitals and digits, the rest). The shares are
 * those of DejaVu Sans, the widest of the usual sans-serif faces, rounded up: every line that
 * wrapping the example datasets' names and attributions gives is drawn narrower than estimated, in
 * that face and in the narrower ones a viewer may fall back to.
 */
final class TextMeasure {

  /** Letters wider than the capitals: m, w, M, W, the ligatures, the long dash. */
  private static final String WIDE = "mwMWæœÆŒ—…%@";

  private TextMeasure() {}

  /** The estimated width of {@code text} at {@code size} pixels. */
  static double width(String text, double size, boolean bold) {
    double ems = text.codePoints().mapToDouble(c -> ems(c, bold)).sum();
    return ems * size;
  }

  private static double ems(int c, boolean bold) {
    if (WIDE.indexOf(c) >= 0) {
      return bold ? 1.1 : 1.0;
    }
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return bold ? 0.88 : 0.78;
    }
    return bold ? 0.7 : 0.62;
  }

  /**
   * {@code text} cut into lines no wider than {@code maxWidth}, at spaces; a word too long for a
   * line on its own is cut where the line is full.
   */
  static List<String> wrap(String text, double maxWidth, double size, boolean bold) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, size, bold) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      for (String piece : cut(word, maxWidth, size, bold)) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(piece);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A word in pieces that each fit; at least one character a piece, so cutting always ends. */
  private static List<String> cut(String word, double maxWidth, double size, boolean bold) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.offsetByCodePoints(start, 1);
      while (end < word.length()
          && width(word.substring(start, word.offsetByCodePoints(end, 1)), size, bold)
              <= maxWidth) {
        end = word.offsetByCodePoints(end, 1);
      }
      pieces.add(word.substring(start, end));
      start = end;
    }
    return pieces;
  }
}
