package org.civitas.application.service;

import java.util.Optional;
import java.util.function.Function;
import org.civitas.application.port.Actor;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.application.port.out.SaveCommitmentPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;

/**
 * How every change to a commitment goes: by an actor allowed to change it, against the version its
 * author read, stored only if nobody changed the commitment since, and recorded in the audit log in
 * the same step.
 */
final class CommitmentChanges {

  /** A commitment as changed, and how the audit log tells the change. */
  record Change(
      Commitment changed,
      String action,
      String subject,
      Optional<String> before,
      Optional<String> after) {}

  private final LoadCommitmentPort load;
  private final SaveCommitmentPort save;
  private final ClockPort clock;
  private final Authorization authorization;

  CommitmentChanges(
      LoadCommitmentPort load,
      SaveCommitmentPort save,
      ClockPort clock,
      Authorization authorization) {
    this.load = load;
    this.save = save;
    this.clock = clock;
    this.authorization = authorization;
  }

  Versioned<Commitment> apply(
      CommitmentId id,
      long expectedVersion,
      Actor actor,
      Optional<String> note,
      Function<Commitment, Change> change) {
    Versioned<Commitment> stored =
        load.loadCommitment(id).orElseThrow(() -> UnknownId.of(UnknownId.Kind.COMMITMENT, id));
    // A commitment belongs to the unit that leads it today: whoever may change that unit's objects
    // may change it.
    authorization.requireMayChange(actor, stored.value());
    if (stored.version() != expectedVersion) {
      // Refused before anything is computed: the author decided on a state that is gone.
      throw new VersionConflict("commitment " + id, expectedVersion, stored.version());
    }
    Change done = change.apply(stored.value());
    AuditEntry entry =
        new AuditEntry(
            clock.now(),
            actor.name(),
            done.action(),
            done.subject(),
            done.before(),
            done.after(),
            note);
    long version = save.saveCommitment(done.changed(), expectedVersion, entry);
    return Versioned.of(done.changed(), version);
  }
}
