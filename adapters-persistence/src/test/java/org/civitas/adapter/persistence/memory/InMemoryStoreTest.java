package org.civitas.adapter.persistence.memory;

import org.civitas.adapter.persistence.StoreContract;

/** The store contract, held by the in-memory store. */
class InMemoryStoreTest extends StoreContract<InMemoryStore> {

  @Override
  protected InMemoryStore newStore() {
    return new InMemoryStore();
  }
}
