package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.application.port.in.ShowUnitUseCase;
import org.civitas.application.port.in.UnitView;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadCommitmentsPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;

/** Places a unit in the structure of the day and gathers the commitments it leads. */
public final class ShowUnitService implements ShowUnitUseCase {

  private final LoadUnitsPort units;
  private final LoadCommitmentsPort commitments;
  private final ClockPort clock;

  public ShowUnitService(LoadUnitsPort units, LoadCommitmentsPort commitments, ClockPort clock) {
    this.units = units;
    this.commitments = commitments;
    this.clock = clock;
  }

  @Override
  public UnitView show(ShowUnitQuery query) {
    UnitId id = query.unit();
    Versioned<OrgUnit> unit =
        units.loadUnit(id).orElseThrow(() -> UnknownId.of(UnknownId.Kind.UNIT, id));
    LocalDate date = query.asOf().orElseGet(clock::today);
    Hierarchy hierarchy = OrgChart.of(units.loadUnits()).on(date);
    ImmutableList<Commitment> all = commitments.loadCommitments();
    Optional<OrgUnit> parent = hierarchy.parent(id).flatMap(hierarchy::unit);
    ImmutableList<OrgUnit> children =
        hierarchy.children(id).stream()
            .map(hierarchy::unit)
            .flatMap(Optional::stream)
            .collect(ImmutableList.toImmutableList());
    ImmutableList<CommitmentSummary> led =
        all.stream()
            .filter(c -> c.lead().equals(id))
            .map(c -> CommitmentSummary.of(c, date))
            .collect(ImmutableList.toImmutableList());
    return new UnitView(
        unit.value(),
        unit.version(),
        date,
        hierarchy.contains(id),
        parent,
        children,
        led,
        RollUp.of(id, hierarchy, all));
  }
}
