package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the append-only record of every accepted change. Entries are written by the store with the
 * change they record, in the same step ({@link SaveCommitmentPort}, {@link SaveChangesPort}, {@link
 * SaveSnapshotPort}, {@link ApiTokenPort}), so a change is never stored without its entry nor an
 * entry without its change; once written they are never changed or removed.
 */
public interface AuditLogPort {

  /**
   * An entry with its number, which grows with the order of writing: an entry written after another
   * has a greater number (numbers may skip, where a store drew one for a change it then did not
   * make).
   */
  record Numbered(long number, AuditEntry entry) {}

  /** Every entry, in the order written. */
  ImmutableList<AuditEntry> entries();

  /**
   * The entries about {@code subject} and everything within it, in the order written: {@code
   * commitment/upe} gives those about {@code commitment/upe} and {@code
   * commitment/upe/activity/suivi}, not those about {@code commitment/upe-dgpe}.
   */
  ImmutableList<AuditEntry> entriesAbout(String subject);

  /**
   * At most {@code limit} entries, the newest first: those about {@code subject} and everything
   * within it when one is given (as {@link #entriesAbout}), numbered below {@code before} when it
   * is given, so that the last number of one page gives the next.
   */
  ImmutableList<Numbered> latestEntries(Optional<String> subject, OptionalLong before, int limit);

  /** Whether an entry's subject is {@code subject} or lies within it. */
  static boolean isAbout(AuditEntry entry, String subject) {
    return entry.subject().equals(subject) || entry.subject().startsWith(subject + "/");
  }
}
