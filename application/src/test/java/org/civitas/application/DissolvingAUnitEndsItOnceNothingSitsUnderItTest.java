package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.cell;
import static org.civitas.application.UnitWrites.stored;
import static org.civitas.application.UnitWrites.unit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CreateUnitCommand;
import org.civitas.application.port.in.DissolveUnitCommand;
import org.civitas.application.port.in.LegalBasis;
import org.civitas.application.port.in.MoveUnitCommand;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Succession;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/**
 * A unit is dissolved on its last day, once no unit sits under it after that day. The DPA sits
 * under the DGAS (every date below made up).
 */
class DissolvingAUnitEndsItOnceNothingSitsUnderItTest {

  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

  private final FakeStore store = FakeStore.holding(Fixtures.togoMinistry());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void a_unit_with_a_unit_under_it_after_that_day_is_refused_and_says_to_move_it_first() {
    // when / then
    assertThatThrownBy(() -> dissolve("dgas", END_OF_2025))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.LIVING_CHILDREN))
        .hasMessageContaining("'dpa' would still sit under 'dgas' after 2025-12-31")
        .hasMessageContaining("move them under another unit from 2026-01-01");
    assertThat(stored(store, "dgas").dissolved()).isEmpty();
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void once_its_units_are_moved_it_is_dissolved_on_its_last_day_and_audited() {
    // given
    civitas
        .moveUnit()
        .move(new MoveUnitCommand(unit("dpa"), unit("dgpe"), END_OF_2025.plusDays(1), 1, DSI));

    // when
    Versioned<OrgUnit> dissolved = dissolve("dgas", END_OF_2025);

    // then
    assertThat(dissolved.version()).isEqualTo(2);
    assertThat(stored(store, "dgas").lifetime())
        .isEqualTo(Period.until(PartialDate.ofDay(2025, 12, 31)));
    assertThat(store.loadSnapshot().chart().on(END_OF_2025).contains(unit("dgas"))).isTrue();
    assertThat(store.loadSnapshot().chart().on(END_OF_2025.plusDays(1)).contains(unit("dgas")))
        .isFalse();
    assertThat(store.entries().get(1))
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("unit.dissolve");
              assertThat(entry.subject()).isEqualTo("unit/dgas");
              assertThat(entry.before()).contains("in force");
              assertThat(entry.after()).contains("dissolved on 2025-12-31");
            });
  }

  @Test
  void a_unit_dissolved_already_or_not_yet_established_that_day_is_refused() {
    // given a cell established in 2026
    civitas
        .createUnit()
        .create(
            new CreateUnitCommand(
                unit("cpe"), cell(), Optional.of(unit("dpsv")), LocalDate.of(2026, 1, 1), DSI));
    dissolve("daed", END_OF_2025);

    // when / then
    assertThatThrownBy(() -> dissolve("cpe", END_OF_2025))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.NOT_ALIVE))
        .hasMessageContaining("established in 2026-01-01");
    assertThatThrownBy(() -> dissolve("daed", LocalDate.of(2026, 3, 1)))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused ->
                assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.ALREADY_DISSOLVED));
  }

  @Test
  void a_successor_takes_over_the_units_attributions_and_moves_a_version_on() {
    // when the DAED is dissolved, the DPSV carrying on its work
    civitas
        .dissolveUnit()
        .dissolve(
            new DissolveUnitCommand(
                unit("daed"),
                END_OF_2025,
                ImmutableList.of(unit("dpsv")),
                Handover.NONE,
                new LegalBasis(Optional.of("Décret n° 2025-320"), Optional.empty()),
                1,
                DSI));

    // then
    Replay replay = store.loadSnapshot().replay();
    assertThat(replay.successorsOf(unit("daed")))
        .extracting(Succession::successor)
        .containsExactly(unit("dpsv"));
    assertThat(replay.attributionsOn(unit("dpsv"), END_OF_2025.plusDays(1)))
        .contains(new Holding.Attribution(unit("daed"), 0));
    assertThat(store.loadUnit(unit("dpsv")).orElseThrow().version()).isEqualTo(2);
    assertThat(store.entries().get(0).after())
        .contains("dissolved on 2025-12-31, succeeded by dpsv, by Décret n° 2025-320");
  }

  @Test
  void a_successor_that_does_not_live_the_next_day_is_refused() {
    // given the DPSV dissolved in mid-2025
    dissolve("dpsv", LocalDate.of(2025, 6, 30));

    // when / then
    assertThatThrownBy(
            () ->
                civitas
                    .dissolveUnit()
                    .dissolve(
                        new DissolveUnitCommand(
                            unit("daed"),
                            END_OF_2025,
                            ImmutableList.of(unit("dpsv")),
                            Handover.NONE,
                            LegalBasis.NONE,
                            1,
                            DSI)))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.NOT_ALIVE))
        .hasMessageContaining("unit 'dpsv' does not exist on 2026-01-01");
  }

  private Versioned<OrgUnit> dissolve(String id, LocalDate on) {
    long version = store.loadUnit(unit(id)).orElseThrow().version();
    return civitas.dissolveUnit().dissolve(new DissolveUnitCommand(unit(id), on, version, DSI));
  }
}
