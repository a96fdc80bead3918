package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.application.port.in.ListUnitsQuery;
import org.civitas.application.port.in.ListUnitsUseCase;
import org.civitas.application.port.in.UnitList;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.ListUnitsPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitSearch;
import org.civitas.domain.text.Slug;

/**
 * Lists the units in force on a day. A plain list is read from the store a page at a time, each
 * page starting after the last id of the one before, so that no page costs more than its size. A
 * search ranks every unit, as the domain's search rule does, and pages through the ranking.
 */
public final class ListUnitsService implements ListUnitsUseCase {

  private final ListUnitsPort list;
  private final LoadUnitsPort units;
  private final ClockPort clock;

  public ListUnitsService(ListUnitsPort list, LoadUnitsPort units, ClockPort clock) {
    this.list = list;
    this.units = units;
    this.clock = clock;
  }

  @Override
  public UnitList list(ListUnitsQuery query) {
    LocalDate date = query.asOf().orElseGet(clock::today);
    return query.text().isPresent()
        ? search(query, UnitSearch.of(query.text().get()), date)
        : page(query, date);
  }

  private UnitList page(ListUnitsQuery query, LocalDate date) {
    Optional<UnitId> after = query.after().map(ListUnitsService::lastId);
    // One more than the page holds tells whether another page follows.
    ImmutableList<ListUnitsPort.Placed> found =
        list.listUnits(
            new ListUnitsPort.Listing(
                date, query.parent(), query.kind(), after, query.limit() + 1));
    List<ListUnitsPort.Placed> shown = found.subList(0, Math.min(query.limit(), found.size()));
    return new UnitList(
        date,
        shown.stream()
            .map(placed -> new UnitList.Listed(placed.unit(), placed.parent(), Optional.empty()))
            .collect(ImmutableList.toImmutableList()),
        found.size() > query.limit()
            ? Optional.of(shown.get(shown.size() - 1).unit().id().value())
            : Optional.empty());
  }

  private UnitList search(ListUnitsQuery query, UnitSearch search, LocalDate date) {
    ImmutableList<OrgUnit> all = units.loadUnits();
    Hierarchy hierarchy = OrgChart.of(all).on(date);
    List<UnitList.Listed> matches =
        search.rank(all).stream()
            .filter(match -> hierarchy.contains(match.unit().id()))
            .filter(match -> query.kind().map(k -> match.unit().kind() == k).orElse(true))
            .map(
                match ->
                    new UnitList.Listed(
                        match.unit(), hierarchy.parent(match.unit().id()), Optional.of(match)))
            .filter(
                listed ->
                    query.parent().map(p -> listed.parent().equals(Optional.of(p))).orElse(true))
            .toList();
    int from = query.after().map(ListUnitsService::position).orElse(0);
    int to = Math.min(matches.size(), from + query.limit());
    return new UnitList(
        date,
        ImmutableList.copyOf(matches.subList(Math.min(from, to), to)),
        to < matches.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  private static UnitId lastId(String after) {
    InvariantViolation.require(
        Slug.isValid(after),
        Invariant.VALUE_RANGE,
        "'" + after + "' is not where a list of units stops: give the next of the page before");
    return UnitId.of(after);
  }

  private static int position(String after) {
    InvariantViolation.require(
        after.matches("[0-9]{1,9}"),
        Invariant.VALUE_RANGE,
        "'" + after + "' is not where a search stops: give the next of the page before");
    return Integer.parseInt(after);
  }
}
