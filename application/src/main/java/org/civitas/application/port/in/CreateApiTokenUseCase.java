package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/** Makes an API token; its secret is given once, in the answer, and never again. */
public interface CreateApiTokenUseCase {

  /**
   * @throws UnknownId when the scope unit is not stored
   */
  IssuedApiToken create(CreateApiTokenCommand command);
}
