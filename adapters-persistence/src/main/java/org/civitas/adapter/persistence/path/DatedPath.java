package org.civitas.adapter.persistence.path;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.UnitId;

/**
 * Where {@code unit} stood from {@code firstDay} to {@code lastDay} (open when empty): its chain of
 * units from the root down to itself, written {@code /masspf/dgpe/dpsv/}, and how many units that
 * chain holds. The units below a unit on a day are those whose path that day starts with its path,
 * so a subtree is one range of an index on paths.
 */
public record DatedPath(
    UnitId unit,
    String path,
    int depth,
    Optional<LocalDate> firstDay,
    Optional<LocalDate> lastDay) {

  /** Whether this path is in force on {@code day}. */
  public boolean isInForceOn(LocalDate day) {
    return firstDay.map(f -> !day.isBefore(f)).orElse(true)
        && lastDay.map(l -> !day.isAfter(l)).orElse(true);
  }
}
