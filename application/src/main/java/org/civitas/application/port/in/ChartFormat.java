package org.civitas.application.port.in;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The notations an org chart is drawn in. */
public enum ChartFormat {
  /** A picture a browser shows as it is. */
  SVG,
  /** Graphviz source, for {@code dot -Tpng}. */
  DOT,
  /** Mermaid source, which documentation sites and code forges draw in place. */
  MERMAID;

  /** The name used on the command line, e.g. {@code mermaid}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChartFormat> fromCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
  }
}
