package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGAS;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGPE;
import static org.civitas.application.UnitWrites.stored;
import static org.civitas.application.UnitWrites.unit;

import java.time.LocalDate;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.MoveUnitCommand;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/**
 * A unit moves under another parent from a day on, as the domain's chart moves it; the chart's
 * refusals are the use case's. The DPA sits under the DGAS, the DPSV under the DGPE.
 */
class MovingAUnitFollowsTheRulesOfTheChartTest {

  private static final LocalDate FIRST_OF_2026 = LocalDate.of(2026, 1, 1);

  private final FakeStore store = FakeStore.holding(Fixtures.togoMinistry());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void a_moved_unit_keeps_its_old_parent_until_the_day_before_and_the_move_is_audited() {
    // when the elderly directorate moves to child protection (made up)
    Versioned<OrgUnit> moved = move("dpa", "dgpe", DSI);

    // then
    assertThat(moved.version()).isEqualTo(2);
    assertThat(stored(store, "dpa").parents())
        .containsExactly(
            new ParentLink(unit("dgas"), Period.until(PartialDate.ofDay(2025, 12, 31))),
            new ParentLink(unit("dgpe"), Period.from(PartialDate.ofDay(2026, 1, 1))));
    assertThat(store.loadSnapshot().chart().on(LocalDate.of(2025, 12, 31)).parent(unit("dpa")))
        .contains(unit("dgas"));
    assertThat(store.loadSnapshot().chart().on(FIRST_OF_2026).parent(unit("dpa")))
        .contains(unit("dgpe"));
    assertThat(store.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("unit.move");
              assertThat(entry.subject()).isEqualTo("unit/dpa");
              assertThat(entry.before()).contains("under dgas on 2026-01-01");
              assertThat(entry.after()).contains("under dgpe from 2026-01-01");
            });
  }

  @Test
  void a_unit_moved_under_its_own_subtree_is_refused_as_a_cycle() {
    // when / then
    assertThatThrownBy(() -> move("dgpe", "dpsv", DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused ->
                assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.WOULD_CREATE_CYCLE))
        .hasMessageContaining("would place it under itself");
    assertThat(store.loadUnit(unit("dgpe")).orElseThrow().version()).isEqualTo(1);
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void a_unit_moved_under_a_unit_that_does_not_exist_is_refused() {
    // when / then
    assertThatThrownBy(() -> move("dpa", "dgxx", DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.UNKNOWN_UNIT));
  }

  @Test
  void an_editor_moves_a_unit_only_within_its_scope() {
    // when / then: the DPA is the DGAS's, but the DGPE is not
    assertThatThrownBy(() -> move("dpa", "dgpe", EDITOR_OF_DGAS))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("'dpa' would move under 'dgpe', which lies outside them");
    // and the DGPE's editor may not take the DGAS's directorate
    assertThatThrownBy(() -> move("dpa", "dgpe", EDITOR_OF_DGPE))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("unit 'dpa' lies outside them");
    assertThat(store.entries()).isEmpty();
    // but within its own subtree it may
    assertThat(move("daed", "dpsv", EDITOR_OF_DGPE).version()).isEqualTo(2);
  }

  private Versioned<OrgUnit> move(String id, String parent, Actor actor) {
    long version = store.loadUnit(unit(id)).orElseThrow().version();
    return civitas
        .moveUnit()
        .move(new MoveUnitCommand(unit(id), unit(parent), FIRST_OF_2026, version, actor));
  }
}
