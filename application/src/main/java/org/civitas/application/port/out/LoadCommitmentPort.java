package org.civitas.application.port.out;

import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;

/** Reads one commitment, with the version a writer names to change it. */
public interface LoadCommitmentPort {

  /** The commitment with its version, or empty when there is none with {@code id}. */
  Optional<Versioned<Commitment>> loadCommitment(CommitmentId id);
}
