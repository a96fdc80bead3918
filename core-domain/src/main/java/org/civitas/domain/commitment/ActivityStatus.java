package org.civitas.domain.commitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an activity stands by its own report (« état »). */
public enum ActivityStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<ActivityStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
