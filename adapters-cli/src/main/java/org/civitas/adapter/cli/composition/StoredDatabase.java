package org.civitas.adapter.cli.composition;

import org.civitas.adapter.cli.Database;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;

/** A database opened for one command: the JDBC store and the use cases over it. */
final class StoredDatabase implements Database {

  private final JdbcStore store;
  private final Civitas civitas;
  private final String actor;

  StoredDatabase(JdbcStore store, ClockPort clock, String actor) {
    this.store = store;
    this.civitas = Civitas.builder().store(store).clock(clock).build();
    this.actor = actor;
  }

  @Override
  public Civitas civitas() {
    return civitas;
  }

  @Override
  public Counts counts() {
    return store.countStored();
  }

  @Override
  public String location() {
    return store.url();
  }

  @Override
  public String actor() {
    return actor;
  }

  @Override
  public void close() {
    store.close();
  }
}
