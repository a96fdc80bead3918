package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;

/**
 * Keeps API tokens: each by its id and by the SHA-256 of its secret, never the secret itself.
 * Revoked tokens are kept, so that a list shows who held what and when it ended. Making and
 * revoking a token are changes like any other: each is written with its audit entry, in one step,
 * in the log of the store that keeps the tokens.
 */
public interface ApiTokenPort {

  /** The token whose secret has this SHA-256 (lower-case hex), revoked or not. */
  Optional<ApiToken> findByHash(String secretHash);

  /** The token {@code id}, revoked or not. */
  Optional<ApiToken> find(ApiTokenId id);

  /**
   * Keeps a new token and appends {@code entry} to the audit log, together or not at all.
   *
   * @throws IllegalArgumentException when a token with its id or its hash is kept already; nothing
   *     is written
   */
  void save(ApiToken token, AuditEntry entry);

  /** Every token kept, in the order made. */
  ImmutableList<ApiToken> list();

  /**
   * Revokes the token {@code id} at {@code at}, appends {@code entry} to the audit log in the same
   * step, and answers the token as revoked. A token revoked already keeps its first date, and no
   * entry is appended for it. Empty when there is no such token.
   */
  Optional<ApiToken> revoke(ApiTokenId id, Instant at, AuditEntry entry);
}
