package org.civitas.application.service;

import org.civitas.application.port.in.ExportSnapshotUseCase;
import org.civitas.application.port.out.LoadSnapshotPort;
import org.civitas.domain.snapshot.Snapshot;

/** Reads the whole stored record. */
public final class ExportSnapshotService implements ExportSnapshotUseCase {

  private final LoadSnapshotPort stored;

  public ExportSnapshotService(LoadSnapshotPort stored) {
    this.stored = stored;
  }

  @Override
  public Snapshot export() {
    return stored.loadSnapshot();
  }
}
