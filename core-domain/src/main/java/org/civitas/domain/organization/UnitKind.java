package org.civitas.domain.organization;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What kind of unit a unit is, from the government down to a cell. Ranked kinds nest in rank order
 * (a directorate sits under a general directorate); commissions, committees, centres and agencies
 * are unranked and may sit anywhere.
 */
public enum UnitKind {
  GOVERNMENT(0),
  MINISTRY(1),
  CABINET(2),
  GENERAL_SECRETARIAT(2),
  GENERAL_DIRECTORATE(3),
  DIRECTORATE(4),
  REGIONAL_DIRECTORATE(4),
  DIVISION(5),
  PROVINCIAL_DELEGATION(5),
  SERVICE(6),
  CELL(6),
  UNIT(6),
  COMMISSION(-1),
  COMMITTEE(-1),
  CENTER(-1),
  AGENCY(-1),
  SOCIAL_SERVICE(-1),
  OTHER(-1);

  private final int rank;

  UnitKind(int rank) {
    this.rank = rank;
  }

  /** The rank used to check nesting; empty for unranked kinds. */
  public OptionalInt rank() {
    return rank < 0 ? OptionalInt.empty() : OptionalInt.of(rank);
  }

  /** The name used in datasets, e.g. {@code general-secretariat}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<UnitKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
