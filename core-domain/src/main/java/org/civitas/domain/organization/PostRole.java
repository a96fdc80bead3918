package org.civitas.domain.organization;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The role of a post within its unit. */
public enum PostRole {
  HEAD,
  DEPUTY,
  ASSISTANT,
  MEMBER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PostRole> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
