package org.civitas.application.port;

import java.util.Locale;
import java.util.Optional;
import org.civitas.domain.organization.UnitId;

/**
 * Who makes a change: the name the audit log records, the role it acts in, and the unit whose
 * subtree an editor may change. An administrator may change anything, and alone may replace the
 * whole record; its scope, when it has one, only says which unit issued it.
 *
 * <p>A caller the embedding application trusts (the application itself, the command line run by the
 * operator) acts as {@link #administrator}; a caller over the network acts as the actor its API
 * token stands for.
 */
public record Actor(String name, Role role, Optional<UnitId> scope) {

  /** What an actor may do. */
  public enum Role {
    /** Changes the objects of its scope unit's subtree: commitments it leads, its units. */
    EDITOR,
    /** Changes anything, and replaces the whole record. */
    ADMIN;

    /** The name used in commands and JSON, e.g. {@code editor}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
      for (Role role : values()) {
        if (role.code().equals(code)) {
          return Optional.of(role);
        }
      }
      return Optional.empty();
    }
  }

  public Actor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an actor has a name: the audit log records it");
    }
    if (role == null || scope == null) {
      throw new IllegalArgumentException("an actor has a role and a scope, or none");
    }
    if (role == Role.EDITOR && scope.isEmpty()) {
      throw new IllegalArgumentException(
          "an editor has a scope: the unit whose subtree it may change");
    }
  }

  /** A trusted caller, acting under its own name: the embedding application, the operator. */
  public static Actor administrator(String name) {
    return new Actor(name, Role.ADMIN, Optional.empty());
  }

  /** An editor of {@code scope}'s subtree. */
  public static Actor editor(String name, UnitId scope) {
    return new Actor(name, Role.EDITOR, Optional.of(scope));
  }

  public boolean isAdministrator() {
    return role == Role.ADMIN;
  }
}
