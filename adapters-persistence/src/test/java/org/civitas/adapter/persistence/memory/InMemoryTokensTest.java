package org.civitas.adapter.persistence.memory;

import org.civitas.adapter.persistence.ApiTokenContract;

/** The token contract, held by the in-memory store. */
class InMemoryTokensTest extends ApiTokenContract<InMemoryStore> {

  @Override
  protected InMemoryStore newTokens() {
    return new InMemoryStore();
  }
}
