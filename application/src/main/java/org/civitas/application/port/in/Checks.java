package org.civitas.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/** The checks commands and queries share, with messages that say what to give. */
final class Checks {

  private Checks() {}

  /** Refuses a missing value: adapters build commands from input that may lack it. */
  static <T> T present(T value, String what) {
    InvariantViolation.require(value != null, Invariant.VALUE_REQUIRED, "give " + what);
    return value;
  }

  /** Refuses a missing or blank text. */
  static String text(String value, String what) {
    InvariantViolation.require(
        value != null && !value.isBlank(), Invariant.VALUE_REQUIRED, "give " + what);
    return value;
  }

  /** Refuses an optional text that is present but blank: leave it out instead. */
  static Optional<String> optionalText(Optional<String> value, String what) {
    present(value, what);
    InvariantViolation.require(
        value.map(v -> !v.isBlank()).orElse(true),
        Invariant.VALUE_REQUIRED,
        what + " is blank: leave it out or write it");
    return value;
  }

  /** Refuses a version that no stored aggregate can have. */
  static long storedVersion(long version) {
    InvariantViolation.require(
        version >= 1,
        Invariant.VALUE_RANGE,
        "version " + version + " is not a stored version: give the version you read (1 or more)");
    return version;
  }

  /** Refuses a missing list or one holding a missing item. */
  static <T> List<T> items(List<T> items, String what) {
    present(items, what);
    InvariantViolation.require(
        items.stream().allMatch(Objects::nonNull),
        Invariant.VALUE_REQUIRED,
        "give " + what + " without gaps");
    return items;
  }
}
