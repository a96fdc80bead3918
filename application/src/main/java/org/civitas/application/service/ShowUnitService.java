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
import org.civitas.application.port.out.ReadTogetherPort;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;

/**
 * Places a unit in the structure of the day and gathers the commitments it leads that day. Only its
 * subtree, its parent, the restructurings and the commitments they lead (or their former leads led)
 * are read from the store, together.
 */
public final class ShowUnitService implements ShowUnitUseCase {

  private final ReadTogetherPort store;
  private final ClockPort clock;

  public ShowUnitService(ReadTogetherPort store, ClockPort clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public UnitView show(ShowUnitQuery query) {
    LocalDate date = query.asOf().orElseGet(clock::today);
    // The unit, what lies below it and the commitments they lead, as one state of the record.
    return store.readTogether(reads -> show(reads, query.unit(), date));
  }

  private static UnitView show(ReadTogetherPort.Reads reads, UnitId id, LocalDate date) {
    Versioned<OrgUnit> unit =
        reads.loadUnit(id).orElseThrow(() -> UnknownId.of(UnknownId.Kind.UNIT, id));
    // Empty when the unit did not exist that day: it then stands alone, with nothing below.
    Led led = new Led.Reader(reads, reads, reads, reads).around(id, date);
    Hierarchy below = led.hierarchy();
    Optional<OrgUnit> parent =
        below.contains(id)
            ? unit.value()
                .parentOn(date)
                .flatMap(reads::loadUnit)
                .map(Versioned::value)
                .filter(p -> p.isAliveOn(date))
            : Optional.empty();
    ImmutableList<OrgUnit> children =
        below.children(id).stream()
            .map(below::unit)
            .flatMap(Optional::stream)
            .collect(ImmutableList.toImmutableList());
    return new UnitView(
        unit.value(),
        unit.version(),
        date,
        below.contains(id),
        parent,
        children,
        led.byLead().get(id).stream()
            .map(c -> CommitmentSummary.of(c, id, date))
            .collect(ImmutableList.toImmutableList()),
        RollUp.of(id, below, led.commitments(), led::leadOf));
  }
}
