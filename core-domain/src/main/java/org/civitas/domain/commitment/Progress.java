package org.civitas.domain.commitment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures derived from activities on a given day. Pure functions: the day is always passed in,
 * never read from a clock.
 */
public final class Progress {

  private Progress() {}

  /**
   * The progress an activity should have reached on {@code date}: 0 before its start, 100 after its
   * end, in between the share of its days gone by. No figure for an activity without both dates.
   */
  public static OptionalDouble expected(Activity activity, LocalDate date) {
    Optional<LocalDate> start = activity.period().firstDay();
    Optional<LocalDate> end = activity.period().lastDay();
    if (start.isEmpty() || end.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (date.isBefore(start.get())) {
      return OptionalDouble.of(0);
    }
    if (date.isAfter(end.get())) {
      return OptionalDouble.of(100);
    }
    long total = ChronoUnit.DAYS.between(start.get(), end.get());
    if (total == 0) {
      return OptionalDouble.of(100);
    }
    return OptionalDouble.of(100.0 * ChronoUnit.DAYS.between(start.get(), date) / total);
  }

  /** Where {@code activity} stands on {@code date} (SPEC §5). */
  public static ScheduleState state(Activity activity, LocalDate date) {
    switch (activity.status()) {
      case COMPLETED:
        return ScheduleState.COMPLETED;
      case CANCELLED:
        return ScheduleState.CANCELLED;
      default:
        break;
    }
    if (activity.period().firstDay().map(date::isBefore).orElse(false)) {
      return ScheduleState.NOT_STARTED_YET;
    }
    if (activity.period().lastDay().map(date::isAfter).orElse(false)) {
      return ScheduleState.OVERDUE;
    }
    OptionalDouble expected = expected(activity, date);
    if (expected.isPresent()
        && activity.progress() < expected.getAsDouble() - ScheduleState.TOLERANCE) {
      return ScheduleState.BEHIND;
    }
    return ScheduleState.ON_TRACK;
  }

  /**
   * A commitment's progress: the weighted mean of its activities' progress, cancelled ones left
   * out, weights normalised. No figure when no activity counts.
   */
  public static OptionalDouble of(Commitment commitment) {
    // In decimals, as the figures were written: a sum of doubles would round, and the mean of
    // one activity at 0.000102 (or of 0.1 and 0.2) would come out a hair off.
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Activity activity : commitment.activities()) {
      if (activity.status() != ActivityStatus.CANCELLED) {
        BigDecimal weight = BigDecimal.valueOf(activity.weight());
        weighted = weighted.add(weight.multiply(BigDecimal.valueOf(activity.progress())));
        weights = weights.add(weight);
      }
    }
    return weights.signum() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(weighted.divide(weights, MathContext.DECIMAL128).doubleValue());
  }

  /**
   * Where a commitment stands on {@code date}: the worst state of its activities that are not
   * cancelled. Empty when it has none.
   */
  public static Optional<ScheduleState> state(Commitment commitment, LocalDate date) {
    return commitment.activities().stream()
        .filter(a -> a.status() != ActivityStatus.CANCELLED)
        .map(a -> state(a, date))
        .reduce(ScheduleState::worse);
  }
}
