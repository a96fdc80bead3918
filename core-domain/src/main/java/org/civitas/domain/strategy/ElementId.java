package org.civitas.domain.strategy;

import org.civitas.domain.text.Slug;

/** The identifier of an axis, objective or action, unique within its strategy. */
public record ElementId(String value) {

  public ElementId {
    Slug.require(value, "strategy element id");
  }

  public static ElementId of(String value) {
    return new ElementId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
