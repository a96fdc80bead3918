package org.civitas.domain.commitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether an indicator improves as it rises or as it falls. */
public enum Direction {
  INCREASE,
  DECREASE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Direction> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
