package org.civitas.application.service;

import org.civitas.application.port.ApiToken;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.RevokeApiTokenCommand;
import org.civitas.application.port.in.RevokeApiTokenUseCase;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.ClockPort;

/** Marks a token revoked, now. */
public final class RevokeApiTokenService implements RevokeApiTokenUseCase {

  private final ApiTokenPort tokens;
  private final ClockPort clock;

  public RevokeApiTokenService(ApiTokenPort tokens, ClockPort clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public ApiToken revoke(RevokeApiTokenCommand command) {
    return tokens
        .revoke(command.token(), clock.now())
        .orElseThrow(() -> UnknownId.of(UnknownId.Kind.API_TOKEN, command.token()));
  }
}
