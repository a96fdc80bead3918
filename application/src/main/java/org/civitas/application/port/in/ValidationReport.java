package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Severity;

/** Every finding about a snapshot: those met while reading it, then those of the rules. */
public record ValidationReport(ImmutableList<Finding> findings) {

  /** Whether a finding forbids storing the snapshot. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public ImmutableList<Finding> errors() {
    return findings.stream().filter(Finding::isError).collect(ImmutableList.toImmutableList());
  }
}
