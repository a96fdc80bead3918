package org.civitas.domain.validation;

import java.util.OptionalInt;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * One thing validation found: which rule, where (a JSON Pointer into the document such as {@code
 * /units/3/parent}, and the source line when the codec knows it) and a message that says what is
 * wrong and how to fix it.
 */
public record Finding(Rule rule, String path, OptionalInt line, String message) {

  public static Finding at(Rule rule, String path, String message) {
    return new Finding(rule, path, OptionalInt.empty(), message);
  }

  /**
   * The finding for a value the domain refused to make, at the place in the document where the
   * value was written: how a reader of a dataset reports {@code value.range}, {@code id.invalid},
   * {@code date.invalid} and {@code period.inverted}.
   */
  public static Finding of(InvariantViolation violation, String path) {
    return at(Rule.of(violation.invariant()), path, violation.getMessage());
  }

  public Severity severity() {
    return rule.severity();
  }

  public String code() {
    return rule.code();
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  public Finding atLine(int sourceLine) {
    return new Finding(rule, path, OptionalInt.of(sourceLine), message);
  }

  public Finding withPath(String newPath) {
    return new Finding(rule, newPath, line, message);
  }
}
