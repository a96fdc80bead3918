package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Severity;

/** What dataset files held, and every finding about them in the order found. */
public record Dataset(Snapshot snapshot, ImmutableList<FileFinding> findings) {

  /** A finding and the file it is about; its path and line are within that file. */
  public record FileFinding(String file, Finding finding) {}

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.finding().isError());
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.finding().severity() == severity).count();
  }

  public ImmutableList<FileFinding> errors() {
    return findings.stream()
        .filter(f -> f.finding().isError())
        .collect(ImmutableList.toImmutableList());
  }
}
