package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/** One commitment with its derived figures as of a day. */
public interface ShowCommitmentUseCase {

  /**
   * @throws UnknownId when no commitment has the id asked
   */
  CommitmentView show(ShowCommitmentQuery query);
}
