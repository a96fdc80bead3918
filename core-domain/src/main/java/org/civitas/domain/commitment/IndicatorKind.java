package org.civitas.domain.commitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** « Indicateurs de suivi » (monitoring) or « d'impact » (impact). */
public enum IndicatorKind {
  MONITORING,
  IMPACT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<IndicatorKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
