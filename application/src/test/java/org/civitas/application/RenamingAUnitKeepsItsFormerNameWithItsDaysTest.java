package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGAS;
import static org.civitas.application.UnitWrites.cell;
import static org.civitas.application.UnitWrites.stored;
import static org.civitas.application.UnitWrites.unit;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CreateUnitCommand;
import org.civitas.application.port.in.LegalBasis;
import org.civitas.application.port.in.RenameUnitCommand;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * A unit renamed from a day on bears its former name until the day before: the renaming is an event
 * of the record, with its legal basis, and the unit is kept as first established. The DPSV sits
 * under the DGPE (the new name and the decree below are made up).
 */
class RenamingAUnitKeepsItsFormerNameWithItsDaysTest {

  private static final LocalDate FIRST_OF_2026 = LocalDate.of(2026, 1, 1);
  private static final String FORMER = "Direction de la prévention des situations de vulnérabilité";
  private static final String NEW = "Direction de la protection de l’enfant vulnérable";

  private final FakeStore store = FakeStore.holding(Fixtures.togoMinistry());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void the_unit_bears_its_new_name_from_the_day_given_and_its_former_one_until_then() {
    // when
    Versioned<OrgUnit> renamed = rename("dpsv", FIRST_OF_2026, 1, DSI);

    // then
    assertThat(renamed.version()).isEqualTo(2);
    assertThat(renamed.value().nameOn(FIRST_OF_2026.minusDays(1)).name().text()).isEqualTo(FORMER);
    assertThat(renamed.value().nameOn(FIRST_OF_2026).name().text()).isEqualTo(NEW);
    assertThat(renamed.value().nameOn(FIRST_OF_2026).acronym()).contains("DPEV");
    assertThat(store.loadUnitAsEstablished(unit("dpsv")).orElseThrow().value().name().text())
        .isEqualTo(FORMER);
    assertThat(store.loadSnapshot().restructurings())
        .containsExactly(
            new Restructuring.Rename(
                unit("dpsv"),
                Fixtures.fr(NEW),
                Optional.of("DPEV"),
                PartialDate.ofDay(2026, 1, 1),
                Optional.of("Décret n° 2025-300"),
                Optional.of("Nouvel organigramme")));
    assertThat(store.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("unit.rename");
              assertThat(entry.subject()).isEqualTo("unit/dpsv");
              assertThat(entry.actor()).isEqualTo("dsi-masspf");
              assertThat(entry.before()).contains(FORMER + " until 2025-12-31");
              assertThat(entry.after())
                  .contains("DPEV — " + NEW + " from 2026-01-01, by Décret n° 2025-300");
              assertThat(entry.note()).contains("Nouvel organigramme");
            });
  }

  @Test
  void a_unit_renamed_on_a_day_it_did_not_live_the_day_before_is_refused() {
    // given a cell established on 1 January 2026
    civitas
        .createUnit()
        .create(
            new CreateUnitCommand(
                unit("cpe"), cell(), Optional.of(unit("dpsv")), FIRST_OF_2026, DSI));

    // when / then
    assertThatThrownBy(() -> rename("cpe", FIRST_OF_2026, 1, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.NOT_ALIVE))
        .hasMessageContaining("unit 'cpe' does not exist on 2025-12-31");
    assertThat(stored(store, "cpe").formerNames()).isEmpty();
    assertThat(store.entries()).hasSize(1);
  }

  @Test
  void a_stale_version_or_a_unit_outside_the_editors_scope_is_refused_and_nothing_changes() {
    // when / then
    assertThatThrownBy(() -> rename("dpsv", FIRST_OF_2026, 2, DSI))
        .isInstanceOf(VersionConflict.class);
    assertThatThrownBy(() -> rename("dpsv", FIRST_OF_2026, 1, EDITOR_OF_DGAS))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("point-focal-dgas may change only unit 'dgas'");
    assertThat(store.loadSnapshot().restructurings()).isEmpty();
    assertThat(store.entries()).isEmpty();
  }

  private Versioned<OrgUnit> rename(String id, LocalDate from, long version, Actor actor) {
    return civitas
        .renameUnit()
        .rename(
            new RenameUnitCommand(
                unit(id),
                Fixtures.fr(NEW),
                Optional.of("DPEV"),
                from,
                new LegalBasis(
                    Optional.of("Décret n° 2025-300"), Optional.of("Nouvel organigramme")),
                version,
                actor));
  }
}
