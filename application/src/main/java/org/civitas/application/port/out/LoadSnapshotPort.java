package org.civitas.application.port.out;

import org.civitas.domain.snapshot.Snapshot;

/** Reads the whole stored record, as it would be exported. */
public interface LoadSnapshotPort {

  /** Every stored unit, strategy and commitment, in the order stored; empty when none. */
  Snapshot loadSnapshot();
}
