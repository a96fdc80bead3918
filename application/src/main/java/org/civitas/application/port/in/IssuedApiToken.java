package org.civitas.application.port.in;

import org.civitas.application.port.ApiToken;

/**
 * A token just made, with its secret: the one time the secret exists outside its holder's hands.
 * Show it to its holder and forget it; {@link #toString()} leaves it out so that no log keeps it.
 */
public record IssuedApiToken(ApiToken token, String secret) {

  @Override
  public String toString() {
    return "IssuedApiToken[token=" + token + ", secret=(given once)]";
  }
}
