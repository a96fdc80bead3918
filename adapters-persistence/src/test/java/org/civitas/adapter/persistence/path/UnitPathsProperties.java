package org.civitas.adapter.persistence.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * The stored paths say what the domain's hierarchy says, on every day: the units below a unit are
 * those whose path starts with its path. Charts where units sit under each other on some day are
 * refused, and only those.
 */
class UnitPathsProperties {

  private static final int UNITS = 7;

  @Property(tries = 500)
  void paths_give_the_domain_s_subtrees_on_every_day_or_the_chart_loops(
      @ForAll("charts") List<OrgUnit> units) {
    OrgChart chart = OrgChart.of(units);
    boolean loops =
        chart.daysToCheck().stream()
            .anyMatch(day -> units.stream().anyMatch(u -> chart.on(day).isInCycle(u.id())));
    Statistics.collect(loops ? "loops" : "tree");
    Optional<ImmutableList<DatedPath>> paths;
    try {
      paths = Optional.of(UnitPaths.of(units));
    } catch (IllegalArgumentException refused) {
      paths = Optional.empty();
    }

    Statistics.coverage(
        coverage -> {
          coverage.check("tree").percentage(p -> p > 30);
          coverage.check("loops").percentage(p -> p > 10);
        });
    assertThat(paths.isEmpty())
        .as("refused exactly when units sit under each other")
        .isEqualTo(loops);
    if (paths.isPresent()) {
      for (LocalDate day : chart.daysToCheck()) {
        Hierarchy hierarchy = chart.on(day);
        List<DatedPath> inForce = paths.get().stream().filter(p -> p.isInForceOn(day)).toList();
        assertThat(inForce.stream().map(DatedPath::unit).toList())
            .as("one path a day for each unit alive that day")
            .containsExactlyInAnyOrderElementsOf(
                hierarchy.units().stream().map(OrgUnit::id).toList());
        for (DatedPath top : inForce) {
          Set<UnitId> below =
              inForce.stream()
                  .filter(p -> p.path().startsWith(top.path()))
                  .map(DatedPath::unit)
                  .collect(Collectors.toSet());
          assertThat(below)
              .as("below %s on %s", top.unit(), day)
              .isEqualTo(Set.copyOf(hierarchy.subtree(top.unit())));
          assertThat(top.depth()).isEqualTo(hierarchy.ancestors(top.unit()).size() + 1);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<OrgUnit>> charts() {
    return Combinators.combine(period(), parents().list().ofMaxSize(3))
        .as(UnitShape::new)
        .list()
        .ofSize(UNITS)
        .map(UnitPathsProperties::units);
  }

  /** A parent drawn among all units, or (as in most charts) among those listed before. */
  private record ParentShape(int draw, Period period) {
    ParentLink link(int unit) {
      int parent = draw < UNITS || unit == 0 ? draw % UNITS : (draw - UNITS) % unit;
      return new ParentLink(UnitId.of("u" + parent), period);
    }
  }

  private record UnitShape(Period lifetime, List<ParentShape> parents) {}

  private static List<OrgUnit> units(List<UnitShape> shapes) {
    return IntStream.range(0, shapes.size())
        .mapToObj(
            i ->
                (OrgUnit)
                    OrgUnit.builder()
                        .id(UnitId.of("u" + i))
                        .kind(UnitKind.DIRECTORATE)
                        .name(LocalizedText.of("fr", "Direction " + i))
                        .lifetime(shapes.get(i).lifetime())
                        .parents(shapes.get(i).parents().stream().map(p -> p.link(i)).toList())
                        .build())
        .toList();
  }

  private static Arbitrary<ParentShape> parents() {
    return Combinators.combine(Arbitraries.integers().between(0, 3 * UNITS - 1), period())
        .as(ParentShape::new);
  }

  /** Open or bounded, by month, between 2000 and 2005. */
  private static Arbitrary<Period> period() {
    Arbitrary<Optional<Integer>> months = Arbitraries.integers().between(0, 71).optional(0.6);
    return Combinators.combine(months, months)
        .as(
            (a, b) -> {
              Optional<Integer> start = a;
              Optional<Integer> end = b;
              if (start.isPresent() && end.isPresent() && end.get() < start.get()) {
                Optional<Integer> swap = start;
                start = end;
                end = swap;
              }
              return new Period(
                  start.map(UnitPathsProperties::month), end.map(UnitPathsProperties::month));
            });
  }

  private static PartialDate month(int index) {
    return PartialDate.ofMonth(2000 + index / 12, 1 + index % 12);
  }
}
