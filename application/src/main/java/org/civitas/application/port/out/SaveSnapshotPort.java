package org.civitas.application.port.out;

import org.civitas.domain.snapshot.Snapshot;

/** Replaces the whole stored record with a validated snapshot, all at once. */
public interface SaveSnapshotPort {

  /**
   * Stores {@code snapshot} in place of everything stored and appends {@code entry} to the audit
   * log, atomically: a reader sees the old record or the new one, never a mix, and the entry is
   * written if and only if the snapshot is. Each unit, strategy and commitment gets version 1, or
   * one more than the version stored under its id, so a writer holding an older version is refused.
   * Whatever the snapshot does not hold is removed.
   *
   * @throws IllegalArgumentException when two units, strategies or commitments share an id, or when
   *     units sit under each other on some day (a snapshot with such errors must not reach a
   *     store); nothing is written
   */
  void saveSnapshot(Snapshot snapshot, AuditEntry entry);
}
