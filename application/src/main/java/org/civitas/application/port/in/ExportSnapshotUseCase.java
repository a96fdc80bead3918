package org.civitas.application.port.in;

import org.civitas.domain.snapshot.Snapshot;

/** Gives the whole stored record, as a dataset file writes it. */
public interface ExportSnapshotUseCase {

  Snapshot export();
}
