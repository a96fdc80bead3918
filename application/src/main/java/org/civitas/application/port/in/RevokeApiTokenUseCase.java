package org.civitas.application.port.in;

import org.civitas.application.port.ApiToken;
import org.civitas.application.port.UnknownId;

/** Revokes an API token; revoking one revoked already changes nothing. */
public interface RevokeApiTokenUseCase {

  /**
   * Answers the token as revoked.
   *
   * @throws UnknownId when there is no such token
   */
  ApiToken revoke(RevokeApiTokenCommand command);
}
