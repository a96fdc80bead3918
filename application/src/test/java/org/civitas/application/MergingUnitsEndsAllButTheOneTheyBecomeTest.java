package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGPE;
import static org.civitas.application.UnitWrites.cell;
import static org.civitas.application.UnitWrites.stored;
import static org.civitas.application.UnitWrites.unit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CreateUnitCommand;
import org.civitas.application.port.in.LegalBasis;
import org.civitas.application.port.in.MergeUnitsCommand;
import org.civitas.application.port.in.RenameUnitCommand;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Succession;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Units merged into one end the day before, and the one they become carries on their work, with
 * their attributions unless the handover gives them elsewhere. The DPSV and the DAED sit under the
 * DGPE, the DPA under the DGAS (every merge below is made up).
 */
class MergingUnitsEndsAllButTheOneTheyBecomeTest {

  private static final LocalDate FIRST_OF_2026 = LocalDate.of(2026, 1, 1);

  private final FakeStore store = FakeStore.holding(Fixtures.togoMinistry());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void the_units_merged_end_the_day_before_and_every_unit_named_moves_a_version_on() {
    // when the DAED is merged into the DPSV, its attribution given to the DGPE
    Versioned<OrgUnit> merged =
        merge(
            "dpsv",
            List.of("dpsv", "daed"),
            Handover.NONE.withAttributions(
                unit("dgpe"), List.of(new Holding.Attribution(unit("daed"), 0))),
            1,
            DSI);

    // then
    assertThat(merged.version()).isEqualTo(2);
    assertThat(merged.value().lifetime().end()).isEmpty();
    assertThat(stored(store, "daed").lifetime().end()).contains(PartialDate.ofDay(2025, 12, 31));
    assertThat(versionOf("daed")).isEqualTo(2);
    assertThat(versionOf("dgpe")).isEqualTo(2);
    Replay replay = store.loadSnapshot().replay();
    assertThat(replay.successorsOf(unit("daed")))
        .extracting(Succession::successor)
        .containsExactly(unit("dpsv"));
    assertThat(replay.attributionsOn(unit("dgpe"), FIRST_OF_2026))
        .contains(new Holding.Attribution(unit("daed"), 0));
    assertThat(replay.attributionsOn(unit("dpsv"), FIRST_OF_2026))
        .doesNotContain(new Holding.Attribution(unit("daed"), 0));
    assertThat(store.entries())
        .extracting(AuditEntry::subject)
        .containsExactly("unit/dpsv", "unit/daed", "unit/dgpe");
    assertThat(store.entries())
        .allSatisfy(
            entry -> {
              assertThat(entry.action()).isEqualTo("unit.merge");
              assertThat(entry.before()).contains("dpsv, daed in force until 2025-12-31");
              assertThat(entry.after())
                  .contains("daed merged into dpsv from 2026-01-01, by Décret n° 2025-310");
            });
  }

  @Test
  void a_merge_of_one_unit_or_of_an_unknown_one_is_refused_as_the_domain_refuses_it() {
    // when / then
    assertThatThrownBy(() -> merge("dpsv", List.of("daed"), Handover.NONE, 1, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused ->
                assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.RESTRUCTURING_INVALID))
        .hasMessageContaining("a merge joins two units or more");
    assertThatThrownBy(() -> merge("dpsv", List.of("dpsv", "dxx"), Handover.NONE, 1, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.UNKNOWN_UNIT))
        .hasMessageContaining("there is no unit 'dxx'");
    assertThat(store.loadSnapshot().restructurings()).isEmpty();
    assertThat(versionOf("daed")).isEqualTo(1);
  }

  @Test
  void a_unit_merged_into_that_does_not_live_on_the_day_is_refused() {
    // given a cell established in 2027
    civitas
        .createUnit()
        .create(
            new CreateUnitCommand(
                unit("cpe"), cell(), Optional.of(unit("dgpe")), LocalDate.of(2027, 1, 1), DSI));

    // when / then
    assertThatThrownBy(() -> merge("cpe", List.of("daed", "cpe"), Handover.NONE, 1, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.NOT_ALIVE))
        .hasMessageContaining("unit 'cpe' does not exist on 2026-01-01");
  }

  @Test
  void units_still_under_a_unit_merged_away_must_be_moved_first() {
    // when / then
    assertThatThrownBy(() -> merge("dgas", List.of("dgas", "dgpe"), Handover.NONE, 1, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.LIVING_CHILDREN))
        .hasMessageContaining("'dpsv', 'daed' would still sit under 'dgpe' after 2025-12-31");
  }

  @Test
  void an_editor_merges_only_units_of_its_scope_into_one_of_its_scope() {
    // when / then
    assertThatThrownBy(
            () -> merge("dpsv", List.of("dpsv", "dpa"), Handover.NONE, 1, EDITOR_OF_DGPE))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("the merge names 'dpa', which lies outside them");
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void a_stale_version_of_the_unit_merged_into_is_refused() {
    // when / then
    assertThatThrownBy(() -> merge("dpsv", List.of("dpsv", "daed"), Handover.NONE, 2, DSI))
        .isInstanceOf(VersionConflict.class);
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void a_merge_that_would_end_a_unit_before_a_later_renaming_of_it_is_refused() {
    // given the DAED renamed from 1 June 2026
    civitas
        .renameUnit()
        .rename(
            new RenameUnitCommand(
                unit("daed"),
                Fixtures.fr("Direction de l’enfance en difficulté"),
                Optional.empty(),
                LocalDate.of(2026, 6, 1),
                LegalBasis.NONE,
                1,
                DSI));

    // when / then
    assertThatThrownBy(() -> merge("dpsv", List.of("dpsv", "daed"), Handover.NONE, 1, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused ->
                assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.RESTRUCTURING_REFUSED))
        .hasMessageContaining("the rename at /restructurings/0 cannot take effect");
    assertThat(store.loadSnapshot().restructurings()).hasSize(1);
    assertThat(versionOf("dpsv")).isEqualTo(1);
  }

  private long versionOf(String id) {
    return store.loadUnit(unit(id)).orElseThrow().version();
  }

  private Versioned<OrgUnit> merge(
      String into, List<String> units, Handover handover, long version, Actor actor) {
    return civitas
        .mergeUnits()
        .merge(
            new MergeUnitsCommand(
                unit(into),
                units.stream().map(UnitId::of).collect(ImmutableList.toImmutableList()),
                handover,
                FIRST_OF_2026,
                new LegalBasis(Optional.of("Décret n° 2025-310"), Optional.empty()),
                version,
                actor));
  }
}
