package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.OrgUnit;

/**
 * A unit as it stood on {@code asOf}: whether it existed that day, its parent and children that
 * day, the commitments it leads itself that day, and the roll-up of those its whole subtree leads
 * that day (a merge, a split or a dissolution may have passed a commitment's lead to another unit
 * than the one its record names). A unit that did not exist that day has no parent, no children and
 * an empty roll-up; it still lists the commitments a restructuring that ended it left with it.
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
