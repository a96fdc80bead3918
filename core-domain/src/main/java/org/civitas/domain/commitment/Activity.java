package org.civitas.domain.commitment;

import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.Period;

/**
 * A milestone of a commitment (« jalon », « activité »): its dates, its reported status and
 * progress, and its weight in the commitment's progress.
 */
public record Activity(
    ActivityId id,
    LocalizedText title,
    Period period,
    ActivityStatus status,
    double progress,
    double weight) {

  public static final double DEFAULT_WEIGHT = 1.0;

  public Activity {
    InvariantViolation.require(
        progress >= 0 && progress <= 100,
        Invariant.VALUE_RANGE,
        "progress " + progress + " is outside 0–100: give a percentage");
    InvariantViolation.require(
        weight > 0 && Double.isFinite(weight),
        Invariant.VALUE_RANGE,
        "weight " + weight + " must be greater than 0: give the activity's relative size");
  }

  /** The same activity with a new report of its status and progress. */
  public Activity reported(ActivityStatus newStatus, double newProgress) {
    return new Activity(id, title, period, newStatus, newProgress, weight);
  }
}
