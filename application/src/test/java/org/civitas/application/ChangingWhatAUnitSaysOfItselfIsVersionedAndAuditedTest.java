package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGAS;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGPE;
import static org.civitas.application.UnitWrites.stored;
import static org.civitas.application.UnitWrites.unit;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.in.UpdateUnitCommand;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * What a unit says of itself (its name, acronym, staff…) is changed under its version and audited
 * field by field; its place and lifetime stay as they are.
 */
class ChangingWhatAUnitSaysOfItselfIsVersionedAndAuditedTest {

  private final FakeStore store = FakeStore.holding(Fixtures.togoMinistry());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  /** The DPSV with an acronym and a headcount (both made up). */
  private UnitProperties withAcronymAndStaff() {
    OrgUnit dpsv = stored(store, "dpsv");
    return UnitProperties.of(ImmutableOrgUnit.copyOf(dpsv).withAcronym("DPSV").withStaff(12));
  }

  @Test
  void a_change_is_stored_under_the_next_version_with_the_fields_it_changed() {
    // given
    OrgUnit before = stored(store, "dpsv");

    // when
    Versioned<OrgUnit> changed =
        civitas
            .updateUnit()
            .update(new UpdateUnitCommand(unit("dpsv"), withAcronymAndStaff(), 1, EDITOR_OF_DGPE));

    // then
    assertThat(changed.version()).isEqualTo(2);
    assertThat(store.loadUnit(unit("dpsv"))).contains(changed);
    assertThat(changed.value().acronym()).contains("DPSV");
    assertThat(changed.value().staff()).isEqualTo(OptionalInt.of(12));
    assertThat(changed.value().parents()).isEqualTo(before.parents());
    assertThat(changed.value().lifetime()).isEqualTo(before.lifetime());
    assertThat(store.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.actor()).isEqualTo("point-focal-dgpe");
              assertThat(entry.action()).isEqualTo("unit.update");
              assertThat(entry.subject()).isEqualTo("unit/dpsv");
              assertThat(entry.before()).contains("acronym: none; staff: none");
              assertThat(entry.after()).contains("acronym: DPSV; staff: 12");
            });
  }

  /** The store holding the DPSV renamed in 2024 (made up). */
  private static FakeStore renamed() {
    Snapshot togo = Fixtures.togoMinistry();
    return FakeStore.holding(
        new Snapshot(
            togo.units(),
            togo.strategies(),
            togo.commitments(),
            ImmutableList.of(
                Restructuring.Rename.of(
                    unit("dpsv"),
                    Fixtures.fr("Direction de la protection des enfants vulnérables"),
                    Optional.of("DPEV"),
                    PartialDate.ofYear(2024)))));
  }

  private static ImmutableList<String> names(OrgUnit unit) {
    return unit.names().stream()
        .map(name -> name.name().text())
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void a_change_after_a_rename_is_made_to_the_unit_as_established_and_the_rename_applies_once() {
    // given
    FakeStore held = renamed();
    OrgUnit read = held.loadUnit(unit("dpsv")).orElseThrow().value();
    UnitProperties staffed = UnitProperties.of(ImmutableOrgUnit.copyOf(read).withStaff(12));

    // when
    Versioned<OrgUnit> changed =
        Fixtures.civitas(held, Fixtures.CHECK_DAY)
            .updateUnit()
            .update(new UpdateUnitCommand(unit("dpsv"), staffed, 1, EDITOR_OF_DGPE));

    // then
    assertThat(names(changed.value()))
        .containsExactly(
            "Direction de la prévention des situations de vulnérabilité",
            "Direction de la protection des enfants vulnérables");
    assertThat(changed.value().staff()).hasValue(12);
    OrgUnit established = held.loadUnitAsEstablished(unit("dpsv")).orElseThrow().value();
    assertThat(established.name().text())
        .isEqualTo("Direction de la prévention des situations de vulnérabilité");
    assertThat(established.acronym()).isEmpty();
    assertThat(held.entries())
        .singleElement()
        .satisfies(entry -> assertThat(entry.after()).contains("staff: 12"));
  }

  @Test
  void a_name_changed_after_a_rename_corrects_the_name_the_unit_was_established_with() {
    // given
    FakeStore held = renamed();
    OrgUnit read = held.loadUnit(unit("dpsv")).orElseThrow().value();
    UnitProperties corrected =
        UnitProperties.of(
            ImmutableOrgUnit.copyOf(read)
                .withName(Fixtures.fr("Direction de la prévention des vulnérabilités")));

    // when
    Versioned<OrgUnit> changed =
        Fixtures.civitas(held, Fixtures.CHECK_DAY)
            .updateUnit()
            .update(new UpdateUnitCommand(unit("dpsv"), corrected, 1, DSI));

    // then
    assertThat(names(changed.value()))
        .containsExactly(
            "Direction de la prévention des vulnérabilités",
            "Direction de la protection des enfants vulnérables");
    assertThat(changed.value().acronym()).contains("DPEV");
  }

  @Test
  void a_change_made_against_a_stale_version_is_refused_and_nothing_changes() {
    // given
    civitas.updateUnit().update(new UpdateUnitCommand(unit("dpsv"), withAcronymAndStaff(), 1, DSI));
    UnitProperties other = UnitProperties.of(stored(store, "daed"));

    // when / then
    assertThatThrownBy(
            () ->
                civitas
                    .updateUnit()
                    .update(new UpdateUnitCommand(unit("dpsv"), other, 1, EDITOR_OF_DGPE)))
        .isInstanceOfSatisfying(
            VersionConflict.class,
            conflict -> {
              assertThat(conflict.aggregate()).isEqualTo("unit dpsv");
              assertThat(conflict.actual()).isEqualTo(2);
            });
    assertThat(stored(store, "dpsv").acronym()).contains("DPSV");
    assertThat(store.entries()).extracting(AuditEntry::actor).containsExactly("dsi-masspf");
  }

  @Test
  void a_change_that_changes_nothing_is_not_stored_and_leaves_no_entry() {
    // when
    Versioned<OrgUnit> same =
        civitas
            .updateUnit()
            .update(
                new UpdateUnitCommand(
                    unit("dpsv"), UnitProperties.of(stored(store, "dpsv")), 1, DSI));

    // then
    assertThat(same.version()).isEqualTo(1);
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void an_editor_cannot_change_a_unit_outside_its_scope() {
    // when / then
    assertThatThrownBy(
            () ->
                civitas
                    .updateUnit()
                    .update(
                        new UpdateUnitCommand(
                            unit("dpsv"), withAcronymAndStaff(), 1, EDITOR_OF_DGAS)))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("unit 'dpsv' lies outside them");
    assertThat(stored(store, "dpsv").acronym()).isEqualTo(Optional.empty());
    assertThat(store.entries()).isEmpty();
  }
}
