package org.civitas.adapter.cli;

import org.civitas.application.Civitas;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;

/** A database the command works on, open until closed. */
public interface Database extends AutoCloseable {

  /** What the command means to do with it. */
  enum Access {
    /** A query: a database that does not exist yet is not created for it. */
    READ,
    /** An import: the database is created when it does not exist yet. */
    WRITE
  }

  /** Every use case over the record the database holds. */
  Civitas civitas();

  /** How many units, strategies and commitments it holds, without reading them. */
  Counts counts();

  /** Where it is, as people may be shown it: its URL without any password. */
  String location();

  /** Who the audit log names for the changes made through the command. */
  String actor();

  @Override
  void close();

  /** Whether it holds nothing at all. */
  default boolean isEmpty() {
    Counts counts = counts();
    return counts.units() == 0 && counts.strategies() == 0 && counts.commitments() == 0;
  }
}
