package org.civitas.application.service;

import java.util.Optional;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.CreateApiTokenCommand;
import org.civitas.application.port.in.CreateApiTokenUseCase;
import org.civitas.application.port.in.IssuedApiToken;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadUnitsPort;

/** Draws a secret, keeps only its hash, and gives the secret back once. */
public final class CreateApiTokenService implements CreateApiTokenUseCase {

  private final ApiTokenPort tokens;
  private final LoadUnitsPort units;
  private final ClockPort clock;

  public CreateApiTokenService(ApiTokenPort tokens, LoadUnitsPort units, ClockPort clock) {
    this.tokens = tokens;
    this.units = units;
    this.clock = clock;
  }

  @Override
  public IssuedApiToken create(CreateApiTokenCommand command) {
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
    tokens.save(token);
    return new IssuedApiToken(token, secret);
  }
}
