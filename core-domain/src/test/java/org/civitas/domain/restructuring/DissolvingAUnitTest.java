package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGC;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.UPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.attribution;
import static org.civitas.domain.restructuring.RestructuringFixtures.ministry;
import static org.civitas.domain.restructuring.RestructuringFixtures.units;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

/** Dissolving a unit, with no successor, with one, or with several. */
class DissolvingAUnitTest {

  @Test
  void with_no_successor_everything_it_held_is_orphaned() {
    // given the DGPE dissolved with no successor: it leads the commitment and holds two
    // attributions and the ownership of an action
    Snapshot snapshot = ministry(Restructuring.Dissolve.of(DGPE, ImmutableList.of(), REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.chart().on(REFORM).contains(DGPE)).isFalse();
    assertThat(replay.successions()).isEmpty();
    assertThat(replay.orphans())
        .extracting(Orphan::holding)
        .containsExactly(
            attribution(DGPE, 0),
            attribution(DGPE, 1),
            new Holding.Lead(UPE, DGPE),
            new Holding.ActionOwnership(RestructuringFixtures.ACTION, DGPE));
    assertThat(replay.leadOn(snapshot.commitments().get(0), REFORM)).isEqualTo(DGPE);
  }

  @Test
  void an_attribution_dropped_with_the_unit_is_not_orphaned() {
    // given
    Snapshot snapshot =
        ministry(
            new Restructuring.Dissolve(
                DGPE,
                ImmutableList.of(),
                Handover.NONE
                    .withDropped(List.of(attribution(DGPE, 0), attribution(DGPE, 1)))
                    .withCommitments(DGAS, List.of(UPE))
                    .withActions(DGAS, List.of(RestructuringFixtures.ACTION)),
                REFORM_DAY,
                java.util.Optional.empty(),
                java.util.Optional.of("Les missions de la DGPE sont reprises par la DGAS")));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.orphans()).isEmpty();
    assertThat(replay.leadOn(snapshot.commitments().get(0), REFORM)).isEqualTo(DGAS);
    assertThat(replay.holderOn(attribution(DGPE, 0), REFORM)).isEmpty();
  }

  @Test
  void with_one_successor_it_takes_everything() {
    // given
    Snapshot snapshot = ministry(Restructuring.Dissolve.of(DGPE, units(DGAS), REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.orphans()).isEmpty();
    assertThat(replay.leadOn(snapshot.commitments().get(0), REFORM)).isEqualTo(DGAS);
    assertThat(replay.leadOn(snapshot.commitments().get(0), REFORM.minusDays(1))).isEqualTo(DGPE);
    assertThat(replay.attributionsOn(DGAS, REFORM)).hasSize(5);
    assertThat(replay.endOf(DGPE)).map(Replay.Applied::index).contains(0);
  }

  @Test
  void with_several_successors_what_it_does_not_hand_over_is_orphaned() {
    // given
    Snapshot snapshot = ministry(Restructuring.Dissolve.of(DGAS, units(DPA, DGC), REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.orphans()).hasSize(6);
    assertThat(replay.successions()).hasSize(2);
  }

  @Test
  void dissolving_a_unit_twice_is_refused_the_second_time() {
    // given
    Snapshot snapshot =
        ministry(
            Restructuring.Dissolve.of(DGPE, units(DGAS), REFORM_DAY),
            Restructuring.Dissolve.of(
                DGPE, units(DGAS), org.civitas.domain.time.PartialDate.parse("2026")));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.applied()).extracting(Replay.Applied::index).containsExactly(0);
    assertThat(replay.refusals().get(0).index()).isEqualTo(1);
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.NotAlive(DGPE, LocalDate.of(2025, 12, 31), "unit"));
  }
}
