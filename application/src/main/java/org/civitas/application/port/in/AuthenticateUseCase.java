package org.civitas.application.port.in;

import org.civitas.application.port.Actor;
import org.civitas.application.port.NotAuthenticated;

/** Tells who holds a token: the actor its requests act as. */
public interface AuthenticateUseCase {

  /**
   * @throws NotAuthenticated when no token has this secret, or it was revoked
   */
  Actor authenticate(AuthenticateQuery query);
}
