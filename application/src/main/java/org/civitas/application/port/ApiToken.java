package org.civitas.application.port;

import java.time.Instant;
import java.util.Optional;
import org.civitas.domain.organization.UnitId;

/**
 * An API token as stored: who holds it ({@code subject}, the name the audit log records for its
 * changes), its role and scope, when it was made and revoked, and the SHA-256 of its secret in
 * lower-case hex. The secret itself is given once, when the token is made, and never stored.
 */
public record ApiToken(
    ApiTokenId id,
    String subject,
    Actor.Role role,
    UnitId scope,
    Instant createdAt,
    Optional<Instant> revokedAt,
    String secretHash) {

  public ApiToken {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("a token has a subject: who holds it");
    }
    if (secretHash == null || !secretHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a token keeps the SHA-256 of its secret, in hex");
    }
  }

  public boolean isRevoked() {
    return revokedAt.isPresent();
  }

  /** The same token, revoked at {@code at}; a token revoked already keeps its first date. */
  public ApiToken revoked(Instant at) {
    return isRevoked()
        ? this
        : new ApiToken(id, subject, role, scope, createdAt, Optional.of(at), secretHash);
  }

  /** The actor a request carrying this token acts as. */
  public Actor actor() {
    return new Actor(subject, role, Optional.of(scope));
  }
}
