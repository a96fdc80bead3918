package org.civitas.application.port.in;

import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * Activity {@code activity} of commitment {@code commitment} is now {@code status} at {@code
 * progress} percent, says {@code actor}, who read the commitment at {@code expectedVersion}. The
 * actor must be allowed to change the commitment: an editor of a unit above its lead, or an
 * administrator.
 */
public record ReportActivityProgressCommand(
    CommitmentId commitment,
    ActivityId activity,
    ActivityStatus status,
    double progress,
    Optional<String> note,
    long expectedVersion,
    Actor actor) {

  public ReportActivityProgressCommand {
    Checks.present(commitment, "the commitment");
    Checks.present(activity, "the activity");
    Checks.present(status, "the activity's status");
    InvariantViolation.require(
        progress >= 0 && progress <= 100,
        Invariant.VALUE_RANGE,
        "progress " + progress + " is outside 0–100: give a percentage");
    Checks.optionalText(note, "the note");
    Checks.storedVersion(expectedVersion);
    Checks.present(actor, "who reports the progress");
  }

  /** Reported by a trusted caller, acting under {@code actor} as an administrator. */
  public ReportActivityProgressCommand(
      CommitmentId commitment,
      ActivityId activity,
      ActivityStatus status,
      double progress,
      Optional<String> note,
      long expectedVersion,
      String actor) {
    this(
        commitment,
        activity,
        status,
        progress,
        note,
        expectedVersion,
        Actor.administrator(Checks.text(actor, "who reports the progress")));
  }
}
