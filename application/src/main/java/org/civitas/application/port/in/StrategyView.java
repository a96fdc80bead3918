package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.domain.strategy.Coverage;
import org.civitas.domain.strategy.Strategy;

/**
 * A strategy, who owns each of its actions on {@code asOf}, and the commitments that contribute to
 * any of its elements with their figures and leads that day.
 */
public record StrategyView(
    Strategy strategy,
    long version,
    LocalDate asOf,
    Coverage coverage,
    ImmutableList<CommitmentSummary> commitments) {}
