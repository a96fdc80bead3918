package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.cell;
import static org.civitas.application.UnitWrites.stored;
import static org.civitas.application.UnitWrites.unit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CreateUnitCommand;
import org.civitas.application.port.in.LegalBasis;
import org.civitas.application.port.in.SplitUnitCommand;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Succession;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit split ends the day before, and each successor takes the attributions the handover gives
 * it. The DPA, under the DGAS, is split into two cells established for the purpose (made up).
 */
class SplittingAUnitHandsItsAttributionsToItsSuccessorsTest {

  private static final LocalDate FIRST_OF_2026 = LocalDate.of(2026, 1, 1);
  private static final Holding.Attribution FIRST_OF_DPA = new Holding.Attribution(unit("dpa"), 0);

  private final FakeStore store = FakeStore.holding(Fixtures.togoMinistry());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @BeforeEach
  void two_cells_are_established_under_the_dgas() {
    for (String id : List.of("cellule-a", "cellule-b")) {
      civitas
          .createUnit()
          .create(
              new CreateUnitCommand(
                  unit(id), cell(), Optional.of(unit("dgas")), FIRST_OF_2026, DSI));
    }
  }

  @Test
  void the_unit_ends_and_each_successor_takes_what_the_handover_gives_it() {
    // when
    Versioned<OrgUnit> split =
        split(
            List.of("cellule-a", "cellule-b"),
            Handover.NONE.withAttributions(unit("cellule-a"), List.of(FIRST_OF_DPA)));

    // then
    assertThat(split.version()).isEqualTo(2);
    assertThat(stored(store, "dpa").lifetime().end()).contains(PartialDate.ofDay(2025, 12, 31));
    assertThat(store.loadUnit(unit("cellule-a")).orElseThrow().version()).isEqualTo(2);
    assertThat(store.loadUnit(unit("cellule-b")).orElseThrow().version()).isEqualTo(2);
    Replay replay = store.loadSnapshot().replay();
    assertThat(replay.successorsOf(unit("dpa")))
        .extracting(Succession::successor)
        .containsExactly(unit("cellule-a"), unit("cellule-b"));
    assertThat(replay.attributionsOn(unit("cellule-a"), FIRST_OF_2026))
        .containsExactly(FIRST_OF_DPA);
    assertThat(replay.orphans()).isEmpty();
    assertThat(store.entries().get(2))
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("unit.split");
              assertThat(entry.subject()).isEqualTo("unit/dpa");
              assertThat(entry.after())
                  .contains("split into cellule-a, cellule-b from 2026-01-01, by Arrêté n° 12");
            });
  }

  @Test
  void a_split_into_one_unit_or_handing_over_what_the_unit_does_not_hold_is_refused() {
    // when / then
    assertThatThrownBy(() -> split(List.of("cellule-a"), Handover.NONE))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused ->
                assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.RESTRUCTURING_INVALID))
        .hasMessageContaining("a split gives two successors or more");
    assertThatThrownBy(
            () ->
                split(
                    List.of("cellule-a", "cellule-b"),
                    Handover.NONE.withAttributions(
                        unit("cellule-b"), List.of(new Holding.Attribution(unit("dpa"), 3)))))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused ->
                assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.RESTRUCTURING_INVALID))
        .hasMessageContaining("unit 'dpa' has 1 attribution");
    assertThatThrownBy(() -> split(List.of("cellule-a", "dpa"), Handover.NONE))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused ->
                assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.RESTRUCTURING_INVALID))
        .hasMessageContaining("unit 'dpa' cannot succeed itself");
    assertThat(store.loadSnapshot().restructurings()).isEmpty();
    assertThat(store.loadUnit(unit("dpa")).orElseThrow().version()).isEqualTo(1);
  }

  private Versioned<OrgUnit> split(List<String> into, Handover handover) {
    return civitas
        .splitUnit()
        .split(
            new SplitUnitCommand(
                unit("dpa"),
                into.stream().map(UnitId::of).collect(ImmutableList.toImmutableList()),
                handover,
                FIRST_OF_2026,
                new LegalBasis(Optional.of("Arrêté n° 12"), Optional.empty()),
                1,
                DSI));
  }
}
