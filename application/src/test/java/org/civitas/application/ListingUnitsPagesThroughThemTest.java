package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.application.port.in.ListUnitsQuery;
import org.civitas.application.port.in.UnitList;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The units in force come a page at a time in the order of their ids, each page starting where the
 * one before stopped; a search comes best first.
 */
class ListingUnitsPagesThroughThemTest {

  private final Civitas civitas =
      Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), Fixtures.CHECK_DAY);

  @Test
  void pages_follow_each_other_in_the_order_of_the_ids_until_the_last() {
    // when
    UnitList first = civitas.listUnits().list(ListUnitsQuery.firstPage(3));
    UnitList second =
        civitas.listUnits().list(ListUnitsQuery.firstPage(3).after(first.next().orElseThrow()));
    UnitList last =
        civitas.listUnits().list(ListUnitsQuery.firstPage(3).after(second.next().orElseThrow()));

    // then
    assertThat(ids(first)).containsExactly("daed", "dgas", "dgpe");
    assertThat(ids(second)).containsExactly("dpa", "dpsv", "masspf");
    assertThat(ids(last)).containsExactly("sg");
    assertThat(last.next()).isEmpty();
    assertThat(first.asOf()).isEqualTo(Fixtures.CHECK_DAY);
    assertThat(first.units().get(0).parent()).contains(UnitId.of("dgpe"));
    assertThat(second.units().get(2).parent()).isEmpty();
  }

  @Test
  void a_parent_and_a_kind_narrow_the_list() {
    // when
    UnitList underDgpe =
        civitas
            .listUnits()
            .list(
                new ListUnitsQuery(
                    Optional.of(LocalDate.of(2025, 1, 1)),
                    Optional.of(UnitId.of("dgpe")),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    10));
    UnitList generalDirectorates =
        civitas
            .listUnits()
            .list(
                new ListUnitsQuery(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(UnitKind.GENERAL_DIRECTORATE),
                    Optional.empty(),
                    Optional.empty(),
                    10));

    // then
    assertThat(ids(underDgpe)).containsExactly("daed", "dpsv");
    assertThat(underDgpe.units())
        .allSatisfy(u -> assertThat(u.parent()).contains(UnitId.of("dgpe")));
    assertThat(ids(generalDirectorates)).containsExactly("dgas", "dgpe");
  }

  @Test
  void a_search_gives_the_matches_best_first_with_where_they_matched() {
    // when
    UnitList found =
        civitas
            .listUnits()
            .list(
                new ListUnitsQuery(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("enfance"),
                    Optional.empty(),
                    1));

    // then
    assertThat(ids(found)).containsExactly("dgpe");
    assertThat(found.units().get(0).match()).isPresent();
    assertThat(found.next()).contains("1");
  }

  @Test
  void a_page_start_the_list_never_gave_is_refused() {
    // when / then
    assertThatThrownBy(
            () -> civitas.listUnits().list(ListUnitsQuery.firstPage(3).after("Pas un id")))
        .isInstanceOf(InvariantViolation.class)
        .hasMessageContaining("is not where a list of units stops");
  }

  private static List<String> ids(UnitList list) {
    return list.units().stream().map(u -> u.unit().id().value()).toList();
  }
}
