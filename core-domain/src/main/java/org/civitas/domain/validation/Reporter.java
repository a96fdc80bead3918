package org.civitas.domain.validation;

/** Where a check reports what it found, for the rule it checks. */
@FunctionalInterface
interface Reporter {

  /** Reports a finding at {@code path}; the message says what is wrong and how to fix it. */
  void report(String path, String message);
}
