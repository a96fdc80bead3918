package org.civitas.application.port.in;

import org.civitas.application.port.Actor;
import org.civitas.application.port.ApiTokenId;

/**
 * Revoke the token {@code token}: from now on it stands for nobody, says {@code actor}, who must be
 * an administrator.
 */
public record RevokeApiTokenCommand(ApiTokenId token, Actor actor) {

  public RevokeApiTokenCommand {
    Checks.present(token, "the id of the token to revoke");
    Checks.present(actor, "who revokes the token");
  }

  /** Revoked by a trusted caller, acting under {@code actor} as an administrator. */
  public RevokeApiTokenCommand(ApiTokenId token, String actor) {
    this(token, Actor.administrator(Checks.text(actor, "who revokes the token")));
  }
}
