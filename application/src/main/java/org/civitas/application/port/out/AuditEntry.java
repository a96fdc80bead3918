package org.civitas.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * One accepted change: who made it, when, what ({@code action} on {@code subject}, e.g. {@code
 * activity.progress} on {@code commitment/upe/activity/suivi}), the state before and after as
 * people read it, and the note its author gave.
 */
public record AuditEntry(
    Instant at,
    String actor,
    String action,
    String subject,
    Optional<String> before,
    Optional<String> after,
    Optional<String> note) {

  public AuditEntry {
    if (actor.isBlank() || action.isBlank() || subject.isBlank()) {
      throw new IllegalArgumentException("an audit entry names its actor, action and subject");
    }
  }
}
