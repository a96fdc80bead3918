package org.civitas.application.service;

import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.RevokeApiTokenCommand;
import org.civitas.application.port.in.RevokeApiTokenUseCase;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.ClockPort;

/**
 * Marks a token revoked, now, and records who revoked it. A token revoked already stays as it is.
 */
public final class RevokeApiTokenService implements RevokeApiTokenUseCase {

  private final ApiTokenPort tokens;
  private final ClockPort clock;
  private final Authorization authorization;

  public RevokeApiTokenService(ApiTokenPort tokens, ClockPort clock, Authorization authorization) {
    this.tokens = tokens;
    this.clock = clock;
    this.authorization = authorization;
  }

  @Override
  public ApiToken revoke(RevokeApiTokenCommand command) {
    authorization.requireAdministrator(command.actor(), "revoke API tokens");
    ApiToken token =
        tokens
            .find(command.token())
            .orElseThrow(() -> UnknownId.of(UnknownId.Kind.API_TOKEN, command.token()));
    if (token.isRevoked()) {
      return token;
    }
    Instant now = clock.now();
    return tokens
        .revoke(
            command.token(),
            now,
            new AuditEntry(
                now,
                command.actor().name(),
                "token.revoke",
                "api-token/" + token.id(),
                Optional.of(AuditText.token(token)),
                Optional.of("revoked"),
                Optional.empty()))
        .orElseThrow(() -> UnknownId.of(UnknownId.Kind.API_TOKEN, command.token()));
  }
}
