package org.civitas.adapter.persistence.dataset;

import java.util.Locale;
import java.util.Optional;

/** The two notations of a dataset file; both hold the same structure. */
public enum DatasetFormat {
  YAML,
  JSON;

  /**
   * The format a file name announces by its extension ({@code .yaml}, {@code .yml}, {@code .json}).
   */
  public static Optional<DatasetFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
