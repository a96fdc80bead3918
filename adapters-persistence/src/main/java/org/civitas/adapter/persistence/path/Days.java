package org.civitas.adapter.persistence.path;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.time.Period;

/**
 * The days from {@code first} to {@code last}, both included; {@link LocalDate#MIN} and {@link
 * LocalDate#MAX} stand for an open bound.
 */
record Days(LocalDate first, LocalDate last) {

  static final Days ALWAYS = new Days(LocalDate.MIN, LocalDate.MAX);

  static Days of(Period period) {
    return new Days(
        period.firstDay().orElse(LocalDate.MIN), period.lastDay().orElse(LocalDate.MAX));
  }

  boolean isEmpty() {
    return first.isAfter(last);
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  Days intersect(Days other) {
    return new Days(
        first.isAfter(other.first) ? first : other.first,
        last.isBefore(other.last) ? last : other.last);
  }

  /** These days without {@code other}: none, one or two spans. */
  List<Days> minus(Days other) {
    Days common = intersect(other);
    if (common.isEmpty()) {
      return isEmpty() ? List.of() : List.of(this);
    }
    List<Days> rest = new ArrayList<>(2);
    if (first.isBefore(common.first)) {
      rest.add(new Days(first, common.first.minusDays(1)));
    }
    if (last.isAfter(common.last)) {
      rest.add(new Days(common.last.plusDays(1), last));
    }
    return rest;
  }

  /** Whether {@code next} starts the day after these end. */
  boolean isFollowedBy(Days next) {
    return !last.equals(LocalDate.MAX) && last.plusDays(1).equals(next.first);
  }

  Optional<LocalDate> firstDay() {
    return first.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(first);
  }

  Optional<LocalDate> lastDay() {
    return last.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(last);
  }
}
