package org.civitas.application.port.in;

import org.civitas.application.port.Actor;
import org.civitas.domain.organization.UnitId;

/** Make a token for {@code subject}, acting as {@code role} over {@code scope}'s subtree. */
public record CreateApiTokenCommand(String subject, Actor.Role role, UnitId scope) {

  public CreateApiTokenCommand {
    Checks.text(subject, "who the token is for (a person or a system)");
    Checks.present(role, "the token's role (editor or admin)");
    Checks.present(scope, "the unit whose subtree the token may change");
  }
}
