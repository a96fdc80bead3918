package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.VersionConflict;

/**
 * Writes units and commitments together, each guarded by the version its writer read, with the
 * entry that records the change.
 */
public interface SaveChangesPort {

  /**
   * Stores every unit and commitment of {@code changes} if each one's stored version is the one
   * named ({@link org.civitas.application.port.Versioned#NOT_STORED} when none is stored under its
   * id), each under the next version, and appends {@code entry} to the audit log. A new unit or
   * commitment comes after those stored. The units are written as first established; the
   * restructurings of {@code changes} are appended to the record's, and every read applies them.
   * Everything the store derives from the units (the structure on every day) is brought up to date
   * in the same step, for the units written and for every unit below them at any time.
   *
   * <p>The checks, the writes and the entry are one atomic step: of two writers naming the same
   * version of one aggregate exactly one wins, and either everything is stored with its entry or
   * nothing is.
   *
   * @throws VersionConflict when the stored version of any one of them is another; nothing is
   *     written, not even the entry
   * @throws IllegalArgumentException when {@code changes} holds nothing, when a restructuring
   *     cannot take effect, or when the units would sit under each other on some day (a change that
   *     makes a loop must not reach a store); nothing is written
   */
  default void saveChanges(Changes changes, AuditEntry entry) {
    saveChanges(changes, ImmutableList.of(entry));
  }

  /**
   * As {@link #saveChanges(Changes, AuditEntry)}, appending {@code entries} in their order: one
   * change told under each subject it concerns, written with it or not at all.
   *
   * @throws IllegalArgumentException also when {@code entries} is empty
   */
  void saveChanges(Changes changes, ImmutableList<AuditEntry> entries);
}
