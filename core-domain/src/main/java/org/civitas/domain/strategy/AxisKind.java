package org.civitas.domain.strategy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A strategic axis, a support measure (« mesure d'appui ») or a programme (INDH). */
public enum AxisKind {
  STRATEGIC,
  SUPPORT,
  PROGRAM;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AxisKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
