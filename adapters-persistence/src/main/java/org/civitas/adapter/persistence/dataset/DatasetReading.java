package org.civitas.adapter.persistence.dataset;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.snapshot.Snapshot;

/**
 * What reading dataset files gave: the snapshot of everything that could be read (objects too
 * malformed to be made are left out) and every finding, file by file in line order. A reading with
 * an error must not be stored.
 */
public record DatasetReading(Snapshot snapshot, ImmutableList<DatasetFinding> findings) {

  public boolean hasErrors() {
    return findings.stream().anyMatch(DatasetFinding::isError);
  }

  public ImmutableList<DatasetFinding> errors() {
    return findings.stream()
        .filter(DatasetFinding::isError)
        .collect(ImmutableList.toImmutableList());
  }

  /** The findings of one file. */
  public ImmutableList<DatasetFinding> findingsIn(String source) {
    return findings.stream()
        .filter(f -> f.source().equals(source))
        .collect(ImmutableList.toImmutableList());
  }
}
