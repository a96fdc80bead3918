package org.civitas.application.port.out;

import org.civitas.application.port.VersionConflict;
import org.civitas.domain.commitment.Commitment;

/**
 * Writes one commitment, guarded by the version its writer read, with the entry that records it.
 */
public interface SaveCommitmentPort {

  /**
   * Stores {@code commitment} if the version stored under its id is {@code expectedVersion} ({@link
   * org.civitas.application.port.Versioned#NOT_STORED} when there is none yet), appends {@code
   * entry} to the audit log, and answers the new version, one more. The check, the write and the
   * entry are one atomic step: of two writers naming the same version exactly one wins, and a write
   * is stored with its entry or not at all.
   *
   * @throws VersionConflict when the stored version is another; nothing is written, not even the
   *     entry
   */
  long saveCommitment(Commitment commitment, long expectedVersion, AuditEntry entry);
}
