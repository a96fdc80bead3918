package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.application.port.Actor;
import org.civitas.application.port.NotAuthenticated;
import org.civitas.application.port.in.AuthenticateQuery;
import org.civitas.application.port.in.AuthenticateUseCase;

/**
 * Reads the bearer token of a request (RFC 6750) and asks the application who holds it. A request
 * without a token acts as nobody; a token that is malformed, unknown or revoked is refused, even on
 * a public read, so that a client learns at once that its token no longer works.
 */
final class Authentication {

  static final String CHALLENGE = "Bearer realm=\"civitas\"";

  /** A secret as the application draws them: 32 bytes in base64url, 43 characters. */
  private static final Pattern BEARER =
      Pattern.compile("Bearer +([A-Za-z0-9_-]{43})", Pattern.CASE_INSENSITIVE);

  private final AuthenticateUseCase authenticate;

  Authentication(AuthenticateUseCase authenticate) {
    this.authenticate = authenticate;
  }

  /**
   * The actor the request's token stands for; empty without an {@code Authorization} header.
   *
   * @throws Problem {@code unauthenticated} when the header holds no well-formed bearer token, or
   *     one that stands for nobody
   */
  Optional<Actor> actor(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return Optional.empty();
    }
    Matcher bearer = BEARER.matcher(header.strip());
    if (!bearer.matches()) {
      throw invalid(
          "the Authorization header holds no bearer token: send 'Authorization: Bearer TOKEN'"
              + " with the token you were given");
    }
    try {
      return Optional.of(authenticate.authenticate(new AuthenticateQuery(bearer.group(1))));
    } catch (NotAuthenticated refused) {
      throw invalid(refused.getMessage());
    }
  }

  /**
   * The request's actor, required.
   *
   * @throws Problem {@code unauthenticated} without a token
   */
  static Actor required(Optional<Actor> actor, String what) {
    return actor.orElseThrow(
        () ->
            new Problem(
                ProblemType.UNAUTHENTICATED,
                what + " needs a token: send 'Authorization: Bearer TOKEN'",
                ImmutableMap.of(),
                ImmutableMap.of("WWW-Authenticate", CHALLENGE)));
  }

  private static Problem invalid(String detail) {
    return new Problem(
        ProblemType.UNAUTHENTICATED,
        detail,
        ImmutableMap.of(),
        ImmutableMap.of("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\""));
  }
}
