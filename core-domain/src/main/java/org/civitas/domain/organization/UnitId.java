package org.civitas.domain.organization;

import org.civitas.domain.text.Slug;

/** The identifier of an organisational unit, unique among units. */
public record UnitId(String value) implements Comparable<UnitId> {

  public UnitId {
    Slug.require(value, "unit id");
  }

  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public int compareTo(UnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
