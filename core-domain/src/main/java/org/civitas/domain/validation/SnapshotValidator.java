package org.civitas.domain.validation;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.snapshot.Snapshot;

/** Checks the snapshot rules of the catalogue over a whole snapshot. */
public final class SnapshotValidator {

  private SnapshotValidator() {}

  /** Every finding of the snapshot rules, in document order. */
  public static ImmutableList<Finding> validate(Snapshot snapshot) {
    return ImmutableList.of();
  }
}
