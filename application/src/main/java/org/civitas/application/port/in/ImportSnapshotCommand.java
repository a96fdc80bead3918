package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.Actor;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;

/**
 * Store {@code snapshot} as the ministry's record, on behalf of {@code actor}, who must be an
 * administrator. The findings its reader met in the document count like the rules' own: one error
 * and nothing is stored.
 */
public record ImportSnapshotCommand(
    Snapshot snapshot, ImmutableList<Finding> readFindings, Actor actor) {

  public ImportSnapshotCommand {
    Checks.present(snapshot, "the snapshot to import");
    Checks.present(readFindings, "the findings met while reading (none is an empty list)");
    Checks.present(actor, "who imports the dataset");
  }

  /** Imported by a trusted caller, acting under {@code actor} as an administrator. */
  public ImportSnapshotCommand(
      Snapshot snapshot, ImmutableList<Finding> readFindings, String actor) {
    this(
        snapshot, readFindings, Actor.administrator(Checks.text(actor, "who imports the dataset")));
  }

  /** Imported by a trusted caller, acting under {@code actor} as an administrator. */
  public static ImportSnapshotCommand of(Snapshot snapshot, String actor) {
    return new ImportSnapshotCommand(snapshot, ImmutableList.of(), actor);
  }

  public static ImportSnapshotCommand of(Snapshot snapshot, Actor actor) {
    return new ImportSnapshotCommand(snapshot, ImmutableList.of(), actor);
  }
}
