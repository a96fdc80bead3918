package org.civitas.application.service;

import org.civitas.application.port.Actor;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.NotAuthenticated;
import org.civitas.application.port.in.AuthenticateQuery;
import org.civitas.application.port.in.AuthenticateUseCase;
import org.civitas.application.port.out.ApiTokenPort;

/** Finds the token by the hash of the secret given; a revoked one stands for nobody. */
public final class AuthenticateService implements AuthenticateUseCase {

  private final ApiTokenPort tokens;

  public AuthenticateService(ApiTokenPort tokens) {
    this.tokens = tokens;
  }

  @Override
  public Actor authenticate(AuthenticateQuery query) {
    ApiToken token =
        tokens
            .findByHash(Secrets.hash(query.secret()))
            .orElseThrow(() -> new NotAuthenticated(NotAuthenticated.Reason.UNKNOWN));
    if (token.isRevoked()) {
      throw new NotAuthenticated(NotAuthenticated.Reason.REVOKED);
    }
    return token.actor();
  }
}
