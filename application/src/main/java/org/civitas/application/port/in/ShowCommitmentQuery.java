package org.civitas.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.commitment.CommitmentId;

/** The commitment {@code commitment} with its figures as of {@code asOf} (today when empty). */
public record ShowCommitmentQuery(CommitmentId commitment, Optional<LocalDate> asOf) {

  public ShowCommitmentQuery {
    Checks.present(commitment, "the commitment to show");
    Checks.present(asOf, "the date, or none for today");
  }

  public static ShowCommitmentQuery today(CommitmentId commitment) {
    return new ShowCommitmentQuery(commitment, Optional.empty());
  }

  public static ShowCommitmentQuery on(CommitmentId commitment, LocalDate date) {
    return new ShowCommitmentQuery(commitment, Optional.of(date));
  }
}
