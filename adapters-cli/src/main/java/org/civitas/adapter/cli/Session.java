package org.civitas.adapter.cli;

import org.civitas.application.Civitas;

/**
 * The use cases over the data a command reads, for the time of the command: dataset files held in
 * memory, or an open database that closing releases.
 */
final class Session implements AutoCloseable {

  private final Civitas civitas;
  private final Runnable release;

  private Session(Civitas civitas, Runnable release) {
    this.civitas = civitas;
    this.release = release;
  }

  /** Over a record held in memory: nothing to release. */
  static Session inMemory(Civitas civitas) {
    return new Session(civitas, () -> {});
  }

  static Session over(Database database) {
    return new Session(database.civitas(), database::close);
  }

  Civitas civitas() {
    return civitas;
  }

  @Override
  public void close() {
    release.run();
  }
}
