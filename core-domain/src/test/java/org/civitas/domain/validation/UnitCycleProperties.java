package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.id;
import static org.civitas.domain.validation.ValidationFixtures.unit;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.Period;

/**
 * Whatever the parents, the validator reports as looping exactly the units that {@link
 * org.civitas.domain.organization.Hierarchy#isInCycle} finds in a loop on some day, each once.
 */
class UnitCycleProperties {

  /** A unit's parent before 2020 and from 2020 on: an index into the units, or -1 for none. */
  record Parents(int before, int after) {}

  @Provide
  Arbitrary<List<Parents>> charts() {
    Arbitrary<Integer> parent = Arbitraries.integers().between(-1, 11);
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(
            size ->
                parent
                    .map(p -> Math.min(p, size - 1))
                    .tuple2()
                    .map(t -> new Parents(t.get1(), t.get2()))
                    .list()
                    .ofSize(size));
  }

  private static Snapshot snapshot(List<Parents> parents) {
    List<OrgUnit> units = new ArrayList<>();
    for (int i = 0; i < parents.size(); i++) {
      ImmutableOrgUnit unit = unit("u-" + i, UnitKind.OTHER, "Unité " + i);
      List<ParentLink> links = new ArrayList<>();
      if (parents.get(i).before() >= 0) {
        links.add(new ParentLink(id("u-" + parents.get(i).before()), Period.until(date("2019"))));
      }
      if (parents.get(i).after() >= 0) {
        links.add(new ParentLink(id("u-" + parents.get(i).after()), Period.from(date("2020"))));
      }
      units.add(unit.withParents(links));
    }
    return units(units);
  }

  @Property
  void the_units_reported_in_a_loop_are_those_in_a_loop_on_some_day(
      @ForAll("charts") List<Parents> parents) {
    // given
    Snapshot snapshot = snapshot(parents);
    OrgChart chart = snapshot.chart();
    Set<String> looping = new TreeSet<>();
    for (LocalDate day : chart.daysToCheck()) {
      chart.units().stream()
          .filter(u -> chart.on(day).isInCycle(u.id()))
          .forEach(u -> looping.add(u.id().value()));
    }

    // when
    List<String> reported =
        validate(snapshot).stream()
            .filter(f -> f.code().equals("unit.cycle"))
            .map(f -> "u-" + f.path().split("/")[2])
            .toList();

    // then
    assertThat(reported).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(looping);
    Statistics.label("with a loop").collect(!looping.isEmpty());
    Statistics.label("with a loop")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 20));
  }

  @Property
  void a_chart_where_every_unit_sits_under_an_earlier_one_never_loops(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1000) Integer> picks) {
    // given: unit i under unit (pick mod i), the first one a root
    List<OrgUnit> units = new ArrayList<>();
    for (int i = 0; i < picks.size(); i++) {
      ImmutableOrgUnit unit = unit("u-" + i, UnitKind.OTHER, "Unité " + i);
      units.add(i == 0 ? unit : unit.withParents(ParentLink.always(id("u-" + picks.get(i) % i))));
    }

    // when / then
    assertThat(validate(units(units))).isEmpty();
  }
}
