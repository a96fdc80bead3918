package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGSPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.ministry;

import java.time.LocalDate;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** A move among the restructurings: the dated parent link of {@code OrgChart.move}. */
class MovingAUnitByARestructuringTest {

  @Test
  void the_unit_sits_under_its_new_parent_from_the_date() {
    // given
    Snapshot snapshot = ministry(Restructuring.Move.of(DPA, DGPE, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.chart().on(REFORM.minusDays(1)).parent(DPA)).contains(DGAS);
    assertThat(replay.chart().on(REFORM).parent(DPA)).contains(DGPE);
    assertThat(replay.chart().unit(DPA).orElseThrow().parents())
        .containsExactly(
            new ParentLink(DGAS, Period.until(PartialDate.parse("2024-12-31"))),
            new ParentLink(DGPE, Period.from(REFORM_DAY)));
    assertThat(replay.moveOf(DPA, replay.chart().unit(DPA).orElseThrow().parents().get(1)))
        .map(Replay.Applied::index)
        .contains(0);
    assertThat(replay.moveOf(DPA, replay.chart().unit(DPA).orElseThrow().parents().get(0)))
        .isEmpty();
  }

  @Test
  void a_move_that_would_place_a_unit_under_itself_is_refused() {
    // given the DGAS moved under its own directorate
    Snapshot snapshot = ministry(Restructuring.Move.of(DGAS, DPA, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(new RestructuringRefusal.WouldCreateCycle(DGAS, DPA, "parent"));
    assertThat(replay.chart().on(REFORM).parent(DGAS)).contains(RestructuringFixtures.MASSPF);
  }

  @Test
  void a_move_under_a_unit_not_yet_established_is_refused() {
    // given
    Snapshot snapshot = ministry(Restructuring.Move.of(DPA, DGSPE, PartialDate.parse("2024-06")));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.NotAlive(DGSPE, LocalDate.of(2024, 6, 1), "parent"));
  }

  @Test
  void a_move_of_a_unit_ended_before_is_refused() {
    // given the DPA's parent merged away, the DPA then dissolved, then moved
    Snapshot snapshot =
        ministry(
            Restructuring.Dissolve.of(DPA, RestructuringFixtures.units(), REFORM_DAY),
            Restructuring.Move.of(DPA, DGPE, PartialDate.parse("2026")));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(new RestructuringRefusal.NotAlive(DPA, LocalDate.of(2026, 1, 1), "unit"));
  }

  @Test
  void a_move_under_a_unit_the_record_does_not_hold_is_refused() {
    // given
    UnitId unknown = UnitId.of("direction-inconnue");
    Snapshot snapshot = ministry(Restructuring.Move.of(DPA, unknown, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(new RestructuringRefusal.UnknownUnit(unknown, "parent"));
  }
}
