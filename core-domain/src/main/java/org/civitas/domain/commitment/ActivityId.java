package org.civitas.domain.commitment;

import org.civitas.domain.text.Slug;

/** The identifier of an activity, unique within its commitment. */
public record ActivityId(String value) {

  public ActivityId {
    Slug.require(value, "activity id");
  }

  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
