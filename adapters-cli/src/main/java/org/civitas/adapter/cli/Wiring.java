package org.civitas.adapter.cli;

import org.civitas.application.Civitas;
import org.civitas.domain.snapshot.Snapshot;

/**
 * What the commands need from outside the application: dataset files read from disk, and the use
 * cases over a store holding what was read. The composition root provides it with the persistence
 * adapters; the commands never see those.
 */
public interface Wiring {

  /** Reads dataset files. */
  DatasetFiles datasetFiles();

  /** Every use case over a store that holds {@code snapshot}, which has no error. */
  Civitas civitasOver(Snapshot snapshot);
}
