package org.civitas.application.port.in;

/** Who the holder of {@code secret} is. */
public record AuthenticateQuery(String secret) {

  public AuthenticateQuery {
    Checks.text(secret, "the token");
  }

  /** Leaves the secret out, so that no log keeps it. */
  @Override
  public String toString() {
    return "AuthenticateQuery[secret=(hidden)]";
  }
}
