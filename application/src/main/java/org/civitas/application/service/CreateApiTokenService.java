package org.civitas.application.service;

import java.util.Optional;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.CreateApiTokenCommand;
import org.civitas.application.port.in.CreateApiTokenUseCase;
import org.civitas.application.port.in.IssuedApiToken;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadUnitsPort;

/**
 * Draws a secret, keeps only its hash, and gives the secret back once. The audit log records who
 * made the token, for whom and with which rights; neither the secret nor its hash.
 */
public final class CreateApiTokenService implements CreateApiTokenUseCase {

  private final ApiTokenPort tokens;
  private final LoadUnitsPort units;
  private final ClockPort clock;
  private final Authorization authorization;

  public CreateApiTokenService(
      ApiTokenPort tokens, LoadUnitsPort units, ClockPort clock, Authorization authorization) {
    this.tokens = tokens;
    this.units = units;
    this.clock = clock;
    this.authorization = authorization;
  }

  @Override
  public IssuedApiToken create(CreateApiTokenCommand command) {
    authorization.requireAdministrator(command.actor(), "make API tokens");
    if (units.loadUnit(command.scope()).isEmpty()) {
      throw UnknownId.of(UnknownId.Kind.UNIT, command.scope());
    }
    String secret = Secrets.newSecret();
    ApiToken token =
        new ApiToken(
            ApiTokenId.of(Secrets.newId()),
            command.subject(),
            command.role(),
            command.scope(),
            clock.now(),
            Optional.empty(),
            Secrets.hash(secret));
    tokens.save(
        token,
        new AuditEntry(
            token.createdAt(),
            command.actor().name(),
            "token.create",
            "api-token/" + token.id(),
            Optional.empty(),
            Optional.of(AuditText.token(token)),
            Optional.empty()));
    return new IssuedApiToken(token, secret);
  }
}
