package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.fr;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGC;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGSPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.MASSPF;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.UPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.ministry;
import static org.civitas.domain.restructuring.RestructuringFixtures.units;

import java.util.Optional;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/** A unit's history: names, parents, predecessors and successors, each with its restructuring. */
class UnitHistoryTest {

  private static final Restructuring.Rename RENAME =
      new Restructuring.Rename(
          DGPE,
          fr("Direction générale de l’enfance"),
          Optional.of("DGE"),
          PartialDate.parse("2020-03"),
          Optional.of("Décret n° 2020-010/PR"),
          Optional.empty());
  private static final Restructuring.Move MOVE =
      Restructuring.Move.of(DGC, DGPE, PartialDate.parse("2021"));
  private static final Restructuring.Merge MERGE =
      Restructuring.Merge.of(units(DGAS, DGPE), DGSPE, REFORM_DAY);

  private static Snapshot restructured() {
    return ministry(MERGE, RENAME, MOVE);
  }

  @Test
  void the_history_gives_each_name_with_the_rename_that_gave_it_and_its_legal_basis() {
    // given
    Snapshot snapshot = restructured();

    // when
    UnitHistory history = snapshot.history(DGPE).orElseThrow();

    // then
    assertThat(history.names()).hasSize(2);
    assertThat(history.names().get(0).givenBy()).isEmpty();
    assertThat(history.names().get(1).givenBy()).contains(RENAME);
    assertThat(history.names().get(1).givenBy().flatMap(Restructuring::basis))
        .contains("Décret n° 2020-010/PR");
    assertThat(history.names().get(1).name().period().end())
        .contains(PartialDate.parse("2024-12-31"));
    assertThat(history.lifetime().end()).contains(PartialDate.parse("2024-12-31"));
    assertThat(history.endedBy()).contains(MERGE);
    assertThat(history.successors()).extracting(Succession::successor).containsExactly(DGSPE);
    assertThat(history.predecessors()).isEmpty();
    // in date order: the rename (2020), the move of the DGC under it (2021), the merge (2025)
    assertThat(history.restructurings())
        .extracting(Replay.Applied::restructuring)
        .containsExactly(RENAME, MOVE, MERGE);
    assertThat(history.id()).isEqualTo(DGPE);
  }

  @Test
  void the_history_gives_each_parent_with_the_move_that_placed_the_unit_there() {
    // given
    Snapshot snapshot = restructured();

    // when
    UnitHistory history = snapshot.history(DGC).orElseThrow();

    // then
    assertThat(history.parents()).extracting(p -> p.link().parent()).containsExactly(DGAS, DGPE);
    assertThat(history.parents().get(0).madeBy()).isEmpty();
    assertThat(history.parents().get(1).madeBy()).contains(MOVE);
    assertThat(history.endedBy()).isEmpty();
  }

  @Test
  void the_successor_knows_its_predecessors_and_what_it_received() {
    // given
    Snapshot snapshot = restructured();

    // when
    UnitHistory history = snapshot.history(DGSPE).orElseThrow();

    // then
    assertThat(history.predecessors())
        .extracting(Succession::predecessor)
        .containsExactly(DGAS, DGPE);
    assertThat(history.received())
        .extracting(Transfer::holding)
        .contains(new Holding.Lead(UPE, DGPE), new Holding.Attribution(DGAS, 0));
    assertThat(history.handedOver()).isEmpty();
    assertThat(snapshot.history(DGAS).orElseThrow().handedOver()).hasSize(6);
    assertThat(history.parents().get(0).link().parent()).isEqualTo(MASSPF);
  }

  @Test
  void a_unit_made_by_one_restructuring_and_ended_by_another_was_ended_by_the_second() {
    // given the DGSPE, successor of the merge, dissolved into the ministry in 2026
    Restructuring.Dissolve dissolution =
        Restructuring.Dissolve.of(DGSPE, units(MASSPF), PartialDate.parse("2026"));
    Snapshot snapshot = ministry(MERGE, dissolution);

    // when
    UnitHistory history = snapshot.history(DGSPE).orElseThrow();

    // then
    assertThat(history.endedBy()).contains(dissolution);
    assertThat(history.names()).singleElement().satisfies(n -> assertThat(n.givenBy()).isEmpty());
    assertThat(snapshot.replay().endOf(DGSPE).map(Replay.Applied::restructuring))
        .contains(dissolution);
  }

  @Test
  void a_unit_the_record_does_not_hold_has_no_history() {
    // given
    Snapshot snapshot = restructured();

    // when
    Optional<UnitHistory> history = snapshot.history(UnitId.of("direction-inconnue"));

    // then
    assertThat(history).isEmpty();
    assertThat(snapshot.history(DPA).orElseThrow().restructurings()).isEmpty();
  }
}
