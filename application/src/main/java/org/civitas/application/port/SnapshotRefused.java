package org.civitas.application.port;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.validation.Finding;

/** A dataset with errors: nothing of it was stored. Carries every finding, in the order found. */
public final class SnapshotRefused extends RequestRefused {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Finding> findings;

  public SnapshotRefused(ImmutableList<Finding> findings) {
    super(message(findings));
    this.findings = findings;
  }

  private static String message(ImmutableList<Finding> findings) {
    long errors = findings.stream().filter(Finding::isError).count();
    return "the dataset has "
        + errors
        + (errors == 1 ? " error" : " errors")
        + " and was not stored: correct "
        + (errors == 1 ? "it" : "them")
        + " and import it again";
  }

  public ImmutableList<Finding> findings() {
    return findings;
  }

  public ImmutableList<Finding> errors() {
    return findings.stream().filter(Finding::isError).collect(ImmutableList.toImmutableList());
  }
}
