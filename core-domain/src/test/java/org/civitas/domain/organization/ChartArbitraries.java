package org.civitas.domain.organization;

import static org.civitas.domain.Fixtures.fr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * Random charts for properties: forests of units that live, and sit under their parents, for random
 * spans of a ten-year window, with dates as precise as a year, a month or a day.
 */
final class ChartArbitraries {

  private static final LocalDate WINDOW_START = LocalDate.of(2020, 1, 1);
  private static final int WINDOW_DAYS = 3653;

  private ChartArbitraries() {}

  /** A day of the window, or a few weeks either side of it. */
  static Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-40, WINDOW_DAYS + 40).map(WINDOW_START::plusDays);
  }

  /** The year, the month or the day itself. */
  static Arbitrary<PartialDate> partialDates() {
    return Combinators.combine(days(), Arbitraries.of(PartialDate.Precision.class))
        .as(
            (day, precision) ->
                switch (precision) {
                  case YEAR -> PartialDate.ofYear(day.getYear());
                  case MONTH -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
                  case DAY -> PartialDate.of(day);
                });
  }

  /**
   * A span whose start and end are each known or not; when both are, the end is not before the
   * start.
   */
  static Arbitrary<Period> periods(double startKnown, double endKnown) {
    return Combinators.combine(
            partialDates().optional(startKnown), partialDates().optional(endKnown))
        .as(
            (start, end) -> {
              if (start.isPresent()
                  && end.isPresent()
                  && end.get().lastDay().isBefore(start.get().firstDay())) {
                return new Period(end, start);
              }
              return new Period(start, end);
            });
  }

  /**
   * 2 to 30 units, each under an earlier one (for all time or from a date on) or a root, each with
   * a known establishment and dissolution as often as asked.
   */
  static Arbitrary<OrgChart> forests(double establishedKnown, double dissolvedKnown) {
    Arbitrary<UnitDraw> draw =
        Combinators.combine(
                Arbitraries.integers().between(0, 1000).optional(0.85),
                periods(establishedKnown, dissolvedKnown),
                partialDates().optional(0.3))
            .as(UnitDraw::new);
    return draw.list()
        .ofMinSize(2)
        .ofMaxSize(30)
        .withSizeDistribution(RandomDistribution.uniform())
        .map(ChartArbitraries::forest);
  }

  /** How one unit of a forest is drawn: which earlier unit it sits under, if any, and when. */
  private record UnitDraw(
      Optional<Integer> parentPick, Period lifetime, Optional<PartialDate> underParentFrom) {}

  private static OrgChart forest(List<UnitDraw> draws) {
    List<OrgUnit> units = new ArrayList<>();
    for (int i = 0; i < draws.size(); i++) {
      UnitDraw draw = draws.get(i);
      ImmutableOrgUnit.Builder unit =
          OrgUnit.builder()
              .id(unitId(i))
              .kind(UnitKind.DIRECTORATE)
              .name(fr("Direction " + i))
              .lifetime(draw.lifetime());
      if (i > 0 && draw.parentPick().isPresent()) {
        UnitId parent = unitId(draw.parentPick().get() % i);
        unit.addParents(
            new ParentLink(parent, new Period(draw.underParentFrom(), Optional.empty())));
      }
      units.add(unit.build());
    }
    return OrgChart.of(units);
  }

  static UnitId unitId(int index) {
    return UnitId.of("direction-" + index);
  }
}
