package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civitas.domain.time.Period;

/** The structure on any day holds exactly the units alive that day, each drawn once in its tree. */
class LifetimeProperties {

  record ChartOnDay(OrgChart chart, LocalDate day) {}

  /** Days anywhere in the window, and days on and just before each change of the structure. */
  @Provide
  Arbitrary<ChartOnDay> chartsOnDays() {
    return ChartArbitraries.forests(0.5, 0.5)
        .flatMap(
            chart -> {
              List<LocalDate> edges =
                  chart.changeDates().stream()
                      .flatMap(d -> List.of(d.minusDays(1), d).stream())
                      .toList();
              Arbitrary<LocalDate> day =
                  edges.isEmpty()
                      ? ChartArbitraries.days()
                      : Arbitraries.oneOf(ChartArbitraries.days(), Arbitraries.of(edges));
              return day.map(d -> new ChartOnDay(chart, d));
            });
  }

  @Property(tries = 300)
  void the_structure_on_a_day_holds_exactly_the_units_alive_that_day(
      @ForAll("chartsOnDays") ChartOnDay given) {
    // given units with random lifetimes, and a day
    OrgChart chart = given.chart();
    LocalDate day = given.day();
    List<UnitId> alive =
        chart.units().stream()
            .filter(unit -> livesOn(unit.lifetime(), day))
            .map(OrgUnit::id)
            .toList();

    // when
    Hierarchy hierarchy = chart.on(day);

    // then
    assertThat(hierarchy.units()).extracting(OrgUnit::id).containsExactlyElementsOf(alive);
    assertThat(chart.units())
        .allSatisfy(
            unit -> assertThat(hierarchy.contains(unit.id())).isEqualTo(alive.contains(unit.id())));
    assertThat(hierarchy.tree(Optional.empty(), -1))
        .flatExtracting(LifetimeProperties::ids)
        .containsExactlyInAnyOrderElementsOf(alive);
  }

  /** SPEC §3: a start means its first day, an end its last day, a missing bound is open. */
  private static boolean livesOn(Period lifetime, LocalDate day) {
    boolean started = lifetime.start().map(s -> !day.isBefore(s.firstDay())).orElse(true);
    boolean notEnded = lifetime.end().map(e -> !day.isAfter(e.lastDay())).orElse(true);
    return started && notEnded;
  }

  private static List<UnitId> ids(TreeNode node) {
    return Stream.concat(
            Stream.of(node.unit().id()), node.children().stream().flatMap(c -> ids(c).stream()))
        .toList();
  }
}
