package org.civitas.domain.organization;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a unit relates to another outside the hierarchy. */
public enum LinkType {
  /** « sous tutelle »: the unit supervises an institution. */
  SUPERVISES,
  /** « assure le secrétariat de ». */
  SECRETARIAT_OF,
  /** « coordonne ». */
  COORDINATES,
  /** The unit is attached to another without being part of it. */
  ATTACHED_TO;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<LinkType> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
