package org.civitas.domain.invariant;

/**
 * An invariant that a domain value refuses to break when it is made. Each carries the code of the
 * validation rule that reports it, so that a reader of a dataset sees the same code whether the
 * value was refused by the codec or by the domain.
 */
public enum Invariant {
  ID_INVALID("id.invalid"),
  VALUE_RANGE("value.range"),
  DATE_INVALID("date.invalid"),
  PERIOD_INVERTED("period.inverted"),
  VALUE_REQUIRED("field.required");

  private final String code;

  Invariant(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
