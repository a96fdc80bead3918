package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.UnitId;

/** Progress below {@code unit} (every root when empty), as of {@code asOf} (today when empty). */
public record GetProgressQuery(Optional<UnitId> unit, Optional<LocalDate> asOf) {

  public GetProgressQuery {
    Checks.present(unit, "the unit, or none for every root");
    Checks.present(asOf, "the date, or none for today");
  }

  public static GetProgressQuery everywhere() {
    return new GetProgressQuery(Optional.empty(), Optional.empty());
  }

  public GetProgressQuery below(UnitId root) {
    return new GetProgressQuery(Optional.of(root), asOf);
  }

  public GetProgressQuery asOf(LocalDate date) {
    return new GetProgressQuery(unit, Optional.of(date));
  }
}
