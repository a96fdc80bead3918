package org.civitas.adapter.persistence.dataset;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Rule;

/**
 * The findings of one file as it is read. Past a limit it stops the reading: a file with thousands
 * of errors is better fixed from its first ones, and a hostile file must not fill memory with
 * findings.
 */
final class Report {

  /** Thrown when the limit is reached; the last finding says so. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  private final List<Finding> findings = new ArrayList<>();
  private final int limit;

  Report(int limit) {
    this.limit = limit;
  }

  void add(Rule rule, Place place, String message) {
    findings.add(new Finding(rule, place.pointer(), OptionalInt.of(place.line()), message));
    if (findings.size() == limit) {
      findings.add(
          new Finding(
              Rule.FORMAT_SYNTAX,
              place.pointer(),
              OptionalInt.of(place.line()),
              "more than "
                  + limit
                  + " findings: reading stopped here; fix these and read the file again"));
      throw new Stopped();
    }
  }

  ImmutableList<Finding> findings() {
    return ImmutableList.copyOf(findings);
  }
}
