package org.civitas.application.port;

/**
 * An actor asked for a change its role or scope does not allow: an editor outside its scope unit's
 * subtree, or anyone but an administrator replacing the whole record or making tokens. Nothing is
 * changed. An editor asking to read the audit log beyond its scope is refused the same way.
 */
public final class ChangeForbidden extends RequestRefused {
  private static final long serialVersionUID = 1L;

  private final String actor;

  public ChangeForbidden(String actor, String message) {
    super(message);
    this.actor = actor;
  }

  /** The name of the actor refused. */
  public String actor() {
    return actor;
  }
}
