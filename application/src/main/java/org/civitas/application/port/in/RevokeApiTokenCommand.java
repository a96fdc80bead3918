package org.civitas.application.port.in;

import org.civitas.application.port.ApiTokenId;

/** Revoke the token {@code token}: from now on it stands for nobody. */
public record RevokeApiTokenCommand(ApiTokenId token) {

  public RevokeApiTokenCommand {
    Checks.present(token, "the id of the token to revoke");
  }
}
