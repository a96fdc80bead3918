package org.civitas.domain.validation;

import java.util.Locale;

/** How serious a finding is: an error stops a dataset from being stored; the others inform. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
