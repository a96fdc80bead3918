package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.commitment.Commitment;

/** Reads every commitment, for the figures rolled up across units and strategies. */
public interface LoadCommitmentsPort {

  /** Every stored commitment, in the order stored. */
  ImmutableList<Commitment> loadCommitments();
}
