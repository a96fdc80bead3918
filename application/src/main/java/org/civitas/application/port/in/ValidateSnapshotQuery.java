package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;

/**
 * A snapshot to check, with what its reader already found in the document (syntax, unknown keys,
 * values refused by the domain types), so the report holds both.
 */
public record ValidateSnapshotQuery(Snapshot snapshot, ImmutableList<Finding> readFindings) {

  public ValidateSnapshotQuery {
    Checks.present(snapshot, "the snapshot to validate");
    Checks.present(readFindings, "the findings met while reading (none is an empty list)");
  }

  public static ValidateSnapshotQuery of(Snapshot snapshot) {
    return new ValidateSnapshotQuery(snapshot, ImmutableList.of());
  }
}
