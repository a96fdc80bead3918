package org.civitas.domain.organization;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.Period;

/**
 * A name a unit bore, with the acronym that went with it and the days it was borne: a ministry
 * renamed when a new government is formed keeps each of its former names.
 */
public record DatedName(LocalizedText name, Optional<String> acronym, Period period) {

  /** Its acronym and name, as people read them in a chart. */
  public String label() {
    return acronym.map(a -> a + " — ").orElse("") + name.text();
  }

  public boolean isBorneOn(LocalDate date) {
    return period.contains(date);
  }
}
