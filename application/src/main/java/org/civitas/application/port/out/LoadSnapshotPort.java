package org.civitas.application.port.out;

import org.civitas.domain.snapshot.Snapshot;

/** Reads the whole stored record, as it would be exported, or how much it holds. */
public interface LoadSnapshotPort {

  /** How many units, strategies and commitments a record holds. */
  record Counts(int units, int strategies, int commitments) {

    public static Counts of(Snapshot snapshot) {
      return new Counts(
          snapshot.units().size(), snapshot.strategies().size(), snapshot.commitments().size());
    }
  }

  /**
   * Every stored unit (as first established), strategy, commitment and restructuring, in the order
   * stored; empty when none.
   */
  Snapshot loadSnapshot();

  /** How much is stored, without reading it. */
  Counts countStored();
}
