package org.civitas.application.port.in;

import org.civitas.domain.organization.UnitSearch;

/** The words people remember of a unit, e.g. {@code protection enfant}. */
public record FindUnitsQuery(String text) {

  public FindUnitsQuery {
    Checks.text(text, "the words to look for");
    UnitSearch.of(text);
  }

  public UnitSearch search() {
    return UnitSearch.of(text);
  }
}
