package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.UnitId;

/** Reads commitments in bulk, for the figures rolled up across units and strategies. */
public interface LoadCommitmentsPort {

  /** Every stored commitment, in the order stored. */
  ImmutableList<Commitment> loadCommitments();

  /** The stored commitments led by one of {@code leads}, in the order stored. */
  ImmutableList<Commitment> loadCommitmentsLedBy(Collection<UnitId> leads);
}
