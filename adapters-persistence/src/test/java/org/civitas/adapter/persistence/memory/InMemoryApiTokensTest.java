package org.civitas.adapter.persistence.memory;

import org.civitas.adapter.persistence.ApiTokenContract;

/** The token contract, held in memory. */
class InMemoryApiTokensTest extends ApiTokenContract<InMemoryApiTokens> {

  @Override
  protected InMemoryApiTokens newTokens() {
    return new InMemoryApiTokens();
  }
}
