package org.civitas.application.port.out;

import org.civitas.application.port.VersionConflict;
import org.civitas.domain.commitment.Commitment;

/** Writes one commitment, guarded by the version its writer read. */
public interface SaveCommitmentPort {

  /**
   * Stores {@code commitment} if the version stored under its id is {@code expectedVersion} ({@link
   * org.civitas.application.port.Versioned#NOT_STORED} when there is none yet), and answers the new
   * version, one more. The check and the write are one atomic step: of two writers naming the same
   * version, exactly one wins.
   *
   * @throws VersionConflict when the stored version is another; nothing is written
   */
  long saveCommitment(Commitment commitment, long expectedVersion);
}
