package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.OrgUnit;

/**
 * A unit as it stood on {@code asOf}: whether it existed that day, its parent and children that
 * day, the commitments it leads itself, and the roll-up of those its whole subtree leads. A unit
 * that did not exist that day has no parent, no children and an empty roll-up.
 */
public record UnitView(
    OrgUnit unit,
    long version,
    LocalDate asOf,
    boolean inForce,
    Optional<OrgUnit> parent,
    ImmutableList<OrgUnit> children,
    ImmutableList<CommitmentSummary> commitments,
    RollUp rollUp) {}
