package org.civitas.application.port.in;

import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;

/**
 * Make a token for {@code subject}, acting as {@code role} over {@code scope}'s subtree, says
 * {@code actor}, who must be an administrator.
 */
public record CreateApiTokenCommand(String subject, Actor.Role role, UnitId scope, Actor actor) {

  public CreateApiTokenCommand {
    Checks.text(subject, "who the token is for (a person or a system)");
    Checks.present(role, "the token's role (editor or admin)");
    Checks.present(scope, "the unit whose subtree the token may change");
    Checks.present(actor, "who makes the token");
  }

  /** Made by a trusted caller, acting under {@code actor} as an administrator. */
  public CreateApiTokenCommand(String subject, Actor.Role role, UnitId scope, String actor) {
    this(subject, role, scope, Actor.administrator(Checks.text(actor, "who makes the token")));
  }
}
