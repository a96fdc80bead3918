package org.civitas.domain.commitment;

import org.civitas.domain.text.Slug;

/** The identifier of an indicator, unique within its commitment. */
public record IndicatorId(String value) {

  public IndicatorId {
    Slug.require(value, "indicator id");
  }

  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
