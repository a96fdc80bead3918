package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.NamedUnit;
import org.civitas.application.port.in.ShowUnitHistoryQuery;
import org.civitas.application.port.in.UnitHistoryView;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.restructuring.UnitHistory;
import org.junit.jupiter.api.Test;

class TheHistoryOfAUnitIsItsNamesItsParentsAndItsLineageTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void a_ministry_renamed_twice_bore_three_names_each_for_its_days() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Restructured.moroccanMinistry()), TODAY);

    // when
    UnitHistoryView history =
        civitas.showUnitHistory().history(new ShowUnitHistoryQuery(Restructured.MSISF));

    // then
    assertThat(history.names())
        .extracting(n -> n.name().name().text(), n -> n.name().period().toString())
        .containsExactly(
            tuple(Restructured.FIRST_NAME, "… – 2019-10-08"),
            tuple(Restructured.NAME_2019, "2019-10-09 – 2021-10-06"),
            tuple(Restructured.NAME_2021, "2021-10-07 – …"));
    assertThat(history.names().get(0).givenBy()).isEmpty();
    assertThat(history.names().get(2).givenBy().flatMap(Restructuring::note))
        .contains("Gouvernement du 7 octobre 2021");
    assertThat(history.names().get(2).name().acronym()).contains("MSISF");
    assertThat(history.restructurings())
        .extracting(Restructuring::type)
        .containsExactly("rename", "rename");
    assertThat(history.parents()).isEmpty();
    assertThat(history.predecessors()).isEmpty();
    assertThat(history.successors()).isEmpty();
  }

  @Test
  void a_unit_moved_sat_under_each_parent_for_its_days_and_the_move_says_by_what_order() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Restructured.togoMinistry()), TODAY);

    // when
    UnitHistoryView dpa =
        civitas.showUnitHistory().history(new ShowUnitHistoryQuery(UnitId.of("dpa")));

    // then
    assertThat(dpa.parents()).hasSize(2);
    UnitHistoryView.Parent first = dpa.parents().get(0);
    UnitHistoryView.Parent second = dpa.parents().get(1);
    assertThat(first.parent().id()).isEqualTo(UnitId.of("dgas"));
    assertThat(name(first.parent())).isEqualTo("Direction générale de l’action sociale");
    assertThat(first.link().period().toString()).isEqualTo("… – 2023-12-31");
    assertThat(first.madeBy()).isEmpty();
    assertThat(second.parent().id()).isEqualTo(UnitId.of("dgpe"));
    assertThat(second.link().period().toString()).isEqualTo("2024-01-01 – …");
    assertThat(second.madeBy().flatMap(Restructuring::basis)).contains("Arrêté n° 2023-101");
  }

  @Test
  void a_merge_makes_the_absorbed_unit_a_predecessor_and_the_absorbing_one_its_successor() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Restructured.togoMinistry()), TODAY);

    // when
    UnitHistoryView dpsv =
        civitas.showUnitHistory().history(new ShowUnitHistoryQuery(UnitId.of("dpsv")));
    UnitHistoryView daed =
        civitas.showUnitHistory().history(new ShowUnitHistoryQuery(UnitId.of("daed")));

    // then
    assertThat(dpsv.predecessors()).hasSize(1);
    UnitHistoryView.Lineage absorbed = dpsv.predecessors().get(0);
    assertThat(absorbed.unit().id()).isEqualTo(UnitId.of("daed"));
    assertThat(name(absorbed.unit())).isEqualTo("Direction d’assistance à l’enfant en difficulté");
    assertThat(absorbed.date()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(absorbed.restructuring().type()).isEqualTo("merge");
    assertThat(absorbed.restructuring().basis()).contains("Décret n° 2024-200");
    assertThat(dpsv.successors()).isEmpty();
    assertThat(dpsv.names())
        .extracting(n -> n.name().name().text())
        .containsExactly(
            "Direction de la prévention des situations de vulnérabilité", Restructured.DPSV_2025);

    assertThat(daed.successors()).hasSize(1);
    // named as on the day it took over: by the name it took that day
    assertThat(name(daed.successors().get(0).unit())).isEqualTo(Restructured.DPSV_2025);
    assertThat(daed.unit().lifetime().toString()).isEqualTo("… – 2024-12-31");
    assertThat(daed.restructurings()).extracting(Restructuring::type).containsExactly("merge");
    assertThat(daed.endedBy().map(Restructuring::type)).contains("merge");
    assertThat(dpsv.endedBy()).isEmpty();
  }

  @Test
  void a_unit_never_restructured_has_one_name_and_no_lineage() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), TODAY);

    // when
    UnitHistoryView sg =
        civitas.showUnitHistory().history(new ShowUnitHistoryQuery(UnitId.of("sg")));

    // then
    assertThat(sg.names()).extracting(UnitHistory.Name::givenBy).containsExactly(Optional.empty());
    assertThat(sg.parents()).extracting(p -> p.parent().id()).containsExactly(UnitId.of("masspf"));
    assertThat(sg.restructurings()).isEmpty();
  }

  @Test
  void the_history_of_a_unit_that_is_not_stored_is_refused() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), TODAY);

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () -> civitas.showUnitHistory().history(new ShowUnitHistoryQuery(UnitId.of("dgpf"))))
        .satisfies(e -> assertThat(e.id()).isEqualTo("dgpf"));
  }

  private static String name(NamedUnit unit) {
    return unit.name().orElseThrow().name().text();
  }
}
