package org.civitas.domain.commitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of organisation a partner of a commitment is. */
public enum PartnerType {
  ASSOCIATION,
  NGO,
  INTERNATIONAL,
  PRIVATE,
  PUBLIC,
  OTHER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PartnerType> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
