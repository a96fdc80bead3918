package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.DiffStructureQuery;
import org.civitas.application.port.in.NamedUnit;
import org.civitas.application.port.in.StructureDiffView;
import org.civitas.application.port.in.StructureDiffView.Change;
import org.civitas.application.port.in.StructureDiffView.Kind;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class ComparingTwoDaysListsEachChangeOfTheStructureTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void two_renames_between_the_days_are_two_changes_each_on_its_day() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Restructured.moroccanMinistry()), TODAY);

    // when
    StructureDiffView diff =
        civitas
            .diffStructure()
            .diff(DiffStructureQuery.between(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1)));

    // then
    assertThat(diff.changes())
        .extracting(Change::kind, Change::date, c -> name(c.nameBefore()), c -> name(c.nameAfter()))
        .containsExactly(
            tuple(
                Kind.RENAMED,
                LocalDate.of(2019, 10, 9),
                Restructured.FIRST_NAME,
                Restructured.NAME_2019),
            tuple(
                Kind.RENAMED,
                LocalDate.of(2021, 10, 7),
                Restructured.NAME_2019,
                Restructured.NAME_2021));
    assertThat(diff.changes().get(1).nameAfter().flatMap(DatedName::acronym)).contains("MSISF");
    assertThat(diff.changes().get(1).restructuring().flatMap(Restructuring::note))
        .contains("Gouvernement du 7 octobre 2021");
    assertThat(diff.changes().get(0).units())
        .extracting(NamedUnit::id)
        .containsExactly(Restructured.MSISF);
  }

  @Test
  void nothing_changed_after_the_last_rename() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Restructured.moroccanMinistry()), TODAY);

    // when
    StructureDiffView diff =
        civitas.diffStructure().diff(DiffStructureQuery.between(LocalDate.of(2022, 1, 1), TODAY));

    // then
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.from()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(diff.to()).isEqualTo(TODAY);
  }

  @Test
  void moves_creations_merges_renames_and_dissolutions_come_in_the_order_they_took_effect() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Restructured.togoMinistry()), TODAY);

    // when
    StructureDiffView diff =
        civitas
            .diffStructure()
            .diff(DiffStructureQuery.between(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)));

    // then
    assertThat(diff.changes())
        .extracting(Change::kind, Change::date, c -> ids(c.units()), c -> ids(c.successors()))
        .containsExactly(
            tuple(Kind.MOVED, LocalDate.of(2024, 1, 1), "dpa", ""),
            tuple(Kind.CREATED, LocalDate.of(2024, 6, 1), "cellule-upe", ""),
            tuple(Kind.MERGED, LocalDate.of(2025, 1, 1), "daed", "dpsv"),
            tuple(Kind.RENAMED, LocalDate.of(2025, 1, 1), "dpsv", ""),
            tuple(Kind.DISSOLVED, LocalDate.of(2025, 1, 1), "cellule-upe", ""));
    Change move = diff.changes().get(0);
    assertThat(move.parentBefore().map(NamedUnit::id)).contains(UnitId.of("dgas"));
    assertThat(move.parentAfter().map(NamedUnit::id)).contains(UnitId.of("dgpe"));
    assertThat(move.restructuring().flatMap(Restructuring::basis)).contains("Arrêté n° 2023-101");
    assertThat(diff.changes().get(1).parentAfter().map(NamedUnit::id)).contains(UnitId.of("dgpe"));
    assertThat(diff.changes().get(1).restructuring()).isEmpty();
    // the merge names its successor as it was named from that day on
    assertThat(name(diff.changes().get(2).successors().get(0).name()))
        .isEqualTo(Restructured.DPSV_2025);
    assertThat(diff.changes().get(4).restructuring()).isEmpty();
  }

  @Test
  void below_a_unit_only_the_changes_in_its_subtree_are_listed() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Restructured.togoMinistry()), TODAY);
    DiffStructureQuery between =
        DiffStructureQuery.between(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1));

    // when
    StructureDiffView belowDgas = civitas.diffStructure().diff(between.below(UnitId.of("dgas")));
    StructureDiffView belowSg = civitas.diffStructure().diff(between.below(UnitId.of("sg")));

    // then the directorate for the elderly left its subtree
    assertThat(belowDgas.changes())
        .extracting(Change::kind, c -> ids(c.units()))
        .containsExactly(tuple(Kind.MOVED, "dpa"));
    assertThat(belowDgas.unit()).contains(UnitId.of("dgas"));
    assertThat(belowSg.isEmpty()).isTrue();
  }

  @Test
  void a_unit_renamed_or_moved_without_an_event_is_a_change_on_the_day_of_its_new_state() {
    // given a record without restructurings, whose units carry their dates themselves (made up)
    Snapshot record = dated();
    Civitas civitas = Fixtures.civitas(FakeStore.holding(record), TODAY);

    // when
    StructureDiffView diff =
        civitas
            .diffStructure()
            .diff(DiffStructureQuery.between(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)));

    // then
    assertThat(diff.changes())
        .extracting(Change::kind, Change::date, c -> ids(c.units()))
        .containsExactly(
            tuple(Kind.RENAMED, LocalDate.of(2021, 1, 1), "sg"),
            tuple(Kind.MOVED, LocalDate.of(2024, 1, 1), "dpa"));
    assertThat(name(diff.changes().get(0).nameBefore()))
        .isEqualTo("Secrétariat général du ministère");
    assertThat(diff.changes().get(1).parentAfter().map(NamedUnit::id)).contains(UnitId.of("dgpe"));
    assertThat(diff.changes()).allSatisfy(c -> assertThat(c.restructuring()).isEmpty());
  }

  @Test
  void a_first_day_after_the_second_is_refused() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(
            () -> DiffStructureQuery.between(LocalDate.of(2022, 1, 1), LocalDate.of(2019, 1, 1)))
        .satisfies(e -> assertThat(e.invariant()).isEqualTo(Invariant.PERIOD_INVERTED))
        .withMessageContaining("from 2022-01-01 is after to 2019-01-01");
  }

  @Test
  void a_missing_day_is_refused_with_what_to_give() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> DiffStructureQuery.between(null, TODAY))
        .withMessage("give the first day (from)");
  }

  @Test
  void the_changes_below_a_unit_that_is_not_stored_are_refused() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), TODAY);
    DiffStructureQuery query =
        DiffStructureQuery.between(LocalDate.of(2020, 1, 1), TODAY).below(UnitId.of("dgpf"));

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(() -> civitas.diffStructure().diff(query))
        .satisfies(e -> assertThat(e.id()).isEqualTo("dgpf"));
  }

  private static Snapshot dated() {
    ImmutableList<OrgUnit> units =
        Fixtures.togoUnits().stream()
            .map(
                unit ->
                    switch (unit.id().value()) {
                      case "sg" ->
                          ImmutableOrgUnit.copyOf(unit)
                              .withFormerNames(
                                  new DatedName(
                                      Fixtures.fr("Secrétariat général du ministère"),
                                      Optional.empty(),
                                      Period.until(PartialDate.ofDay(2020, 12, 31))));
                      case "dpa" ->
                          ImmutableOrgUnit.copyOf(unit)
                              .withParents(
                                  new ParentLink(
                                      UnitId.of("dgas"),
                                      Period.until(PartialDate.ofDay(2023, 12, 31))),
                                  new ParentLink(
                                      UnitId.of("dgpe"),
                                      Period.from(PartialDate.ofDay(2024, 1, 1))));
                      default -> unit;
                    })
            .collect(ImmutableList.toImmutableList());
    return new Snapshot(units, ImmutableList.of(), ImmutableList.of());
  }

  private static String ids(ImmutableList<NamedUnit> units) {
    return String.join(", ", units.stream().map(u -> u.id().value()).toList());
  }

  private static String name(Optional<DatedName> name) {
    return name.orElseThrow().name().text();
  }
}
