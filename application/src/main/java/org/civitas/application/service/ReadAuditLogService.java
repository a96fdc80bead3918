package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalLong;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.AuditPage;
import org.civitas.application.port.in.ReadAuditLogQuery;
import org.civitas.application.port.in.ReadAuditLogUseCase;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.Slug;

/**
 * Reads the audit log a page at a time, newest first. The log names the people who changed the
 * record, so nobody reads it without a role: an administrator reads all of it, an editor the
 * history of the units and commitments it may change (a commitment's belongs to the unit that leads
 * it today), one subject at a time.
 */
public final class ReadAuditLogService implements ReadAuditLogUseCase {

  private final AuditLogPort log;
  private final LoadCommitmentPort commitments;
  private final Authorization authorization;

  public ReadAuditLogService(
      AuditLogPort log, LoadCommitmentPort commitments, Authorization authorization) {
    this.log = log;
    this.commitments = commitments;
    this.authorization = authorization;
  }

  @Override
  public AuditPage read(ReadAuditLogQuery query) {
    requireMayRead(query.actor(), query.subject());
    ImmutableList<AuditLogPort.Numbered> found =
        log.latestEntries(query.subject(), query.before(), query.limit() + 1);
    ImmutableList<AuditLogPort.Numbered> shown =
        found.subList(0, Math.min(query.limit(), found.size()));
    return new AuditPage(
        shown,
        found.size() > query.limit()
            ? OptionalLong.of(shown.get(shown.size() - 1).number())
            : OptionalLong.empty());
  }

  private void requireMayRead(Actor actor, Optional<String> subject) {
    if (actor.isAdministrator()) {
      return;
    }
    String scope = "unit '" + actor.scope().orElseThrow() + "' and the units under it";
    if (subject.isEmpty()) {
      throw new ChangeForbidden(
          actor.name(),
          "only an administrator reads the whole audit log; "
              + actor.name()
              + " reads the history of "
              + scope
              + ": name one of them as the subject, e.g. unit/"
              + actor.scope().orElseThrow());
    }
    if (!mayRead(actor, subject.get())) {
      throw new ChangeForbidden(
          actor.name(),
          actor.name()
              + " reads only the history of "
              + scope
              + ", and of the commitments they lead; '"
              + subject.get()
              + "' is not among them");
    }
  }

  /** Whether {@code subject} names a unit or a commitment that {@code actor} may change. */
  private boolean mayRead(Actor actor, String subject) {
    String[] parts = subject.split("/", 3);
    if (parts.length < 2 || !Slug.isValid(parts[1])) {
      return false;
    }
    return switch (parts[0]) {
      case "unit" -> authorization.mayChange(actor, UnitId.of(parts[1]));
      case "commitment" ->
          commitments
              .loadCommitment(CommitmentId.of(parts[1]))
              .map(Versioned::value)
              .filter(commitment -> authorization.mayChange(actor, commitment))
              .isPresent();
      default -> false;
    };
  }
}
