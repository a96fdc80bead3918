package org.civitas.domain.organization;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The level of a territory a unit serves. */
public enum TerritoryLevel {
  NATIONAL,
  REGION,
  PROVINCE,
  PREFECTURE,
  COMMUNE,
  OTHER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TerritoryLevel> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
