package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;

/**
 * Keeps API tokens: each by its id and by the SHA-256 of its secret, never the secret itself.
 * Revoked tokens are kept, so that a list shows who held what and when it ended.
 */
public interface ApiTokenPort {

  /** The token whose secret has this SHA-256 (lower-case hex), revoked or not. */
  Optional<ApiToken> findByHash(String secretHash);

  /**
   * Keeps a new token.
   *
   * @throws IllegalArgumentException when a token with its id or its hash is kept already
   */
  void save(ApiToken token);

  /** Every token kept, in the order made. */
  ImmutableList<ApiToken> list();

  /**
   * Revokes the token {@code id} at {@code at} and answers it as revoked; a token revoked already
   * keeps its first date. Empty when there is no such token.
   */
  Optional<ApiToken> revoke(ApiTokenId id, Instant at);
}
