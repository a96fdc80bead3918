package org.civitas.domain.commitment;

import java.util.Locale;

/**
 * Where an activity or commitment stands against its dates on a given day. Declared from best to
 * worst, so a commitment takes the worst state of its activities.
 */
public enum ScheduleState {
  COMPLETED,
  CANCELLED,
  NOT_STARTED_YET,
  ON_TRACK,
  BEHIND,
  OVERDUE;

  /** How many points below its expected progress an activity may be before it is behind. */
  public static final double TOLERANCE = 10.0;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public ScheduleState worse(ScheduleState other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
