package org.civitas.application.port;

/**
 * A request carries a token that stands for nobody: no token has that secret, or it was revoked.
 * Nothing is done; the caller needs a valid token.
 */
public final class NotAuthenticated extends RequestRefused {
  private static final long serialVersionUID = 1L;

  /** Why the token was refused. */
  public enum Reason {
    UNKNOWN,
    REVOKED
  }

  private final Reason reason;

  public NotAuthenticated(Reason reason) {
    super(
        reason == Reason.REVOKED
            ? "this token was revoked: ask an administrator for a new one"
            : "no token has this secret: check that it was copied whole, or ask for a new one");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
