package org.civitas.application.port.in;

import org.civitas.application.port.SnapshotRefused;

/** Validates a snapshot, then stores all of it in place of the stored record, or nothing. */
public interface ImportSnapshotUseCase {

  /**
   * @throws SnapshotRefused when validation finds any error; nothing is stored
   */
  ImportReport importSnapshot(ImportSnapshotCommand command);
}
