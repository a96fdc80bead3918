package org.civitas.adapter.persistence.dataset;

import org.civitas.domain.validation.Finding;

/**
 * A finding and the file it was found in. Its path is a JSON Pointer into that file and its line a
 * line of that file, even when the rule was checked over several files read together.
 */
public record DatasetFinding(String source, Finding finding) {

  public boolean isError() {
    return finding.isError();
  }

  /** {@code file:line: severity code path: message}, the way compilers report. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    finding.line().ifPresent(line -> out.append(':').append(line));
    out.append(": ").append(finding.severity().code()).append(' ').append(finding.code());
    if (!finding.path().isEmpty()) {
      out.append(' ').append(finding.path());
    }
    return out.append(": ").append(finding.message()).toString();
  }
}
