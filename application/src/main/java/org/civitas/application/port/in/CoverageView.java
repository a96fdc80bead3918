package org.civitas.application.port.in;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Coverage;
import org.civitas.domain.strategy.Strategy;

/** A strategy's coverage on {@code asOf}, with the owner units by id so that they can be named. */
public record CoverageView(
    Strategy strategy, LocalDate asOf, Coverage coverage, ImmutableMap<UnitId, OrgUnit> owners) {}
