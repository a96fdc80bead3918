package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;

/**
 * Reads the append-only record of every accepted change. Entries are written by the store with the
 * change they record, in the same step ({@link SaveCommitmentPort}, {@link SaveSnapshotPort}), so a
 * change is never stored without its entry nor an entry without its change; once written they are
 * never changed or removed.
 */
public interface AuditLogPort {

  /** Every entry, in the order written. */
  ImmutableList<AuditEntry> entries();

  /**
   * The entries about {@code subject} and everything within it, in the order written: {@code
   * commitment/upe} gives those about {@code commitment/upe} and {@code
   * commitment/upe/activity/suivi}, not those about {@code commitment/upe-dgpe}.
   */
  ImmutableList<AuditEntry> entriesAbout(String subject);

  /** Whether an entry's subject is {@code subject} or lies within it. */
  static boolean isAbout(AuditEntry entry, String subject) {
    return entry.subject().equals(subject) || entry.subject().startsWith(subject + "/");
  }
}
