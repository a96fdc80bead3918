package org.civitas.application.port.in;

import java.util.Optional;
import java.util.OptionalLong;
import org.civitas.application.port.Actor;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * The audit log's entries, newest first, about {@code subject} and what lies within it when one is
 * given (e.g. {@code unit/dgpe}, {@code commitment/upe}), numbered below {@code before} when given
 * (the {@link AuditPage#next()} of the page before), {@code limit} at most, as read by {@code
 * actor}. An administrator reads every entry; an editor only those about a unit or a commitment of
 * its scope, and so must name one.
 */
public record ReadAuditLogQuery(
    Optional<String> subject, OptionalLong before, int limit, Actor actor) {

  public ReadAuditLogQuery {
    Checks.optionalText(subject, "the subject");
    Checks.present(before, "where the page starts, or none");
    before.ifPresent(
        n ->
            InvariantViolation.require(
                n >= 1, Invariant.VALUE_RANGE, "entries are numbered from 1, not " + n));
    InvariantViolation.require(
        limit >= 1, Invariant.VALUE_RANGE, "a page holds 1 entry or more, not " + limit);
    Checks.present(actor, "who reads the log");
  }
}
