package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.restructuring.RestructuringFixtures.ACTION;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGC;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGSPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.MASSPF;
import static org.civitas.domain.restructuring.RestructuringFixtures.POLE_SOCIAL;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.UPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.attribution;
import static org.civitas.domain.restructuring.RestructuringFixtures.ministry;
import static org.civitas.domain.restructuring.RestructuringFixtures.units;

import java.util.List;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.ElementRef;
import org.junit.jupiter.api.Test;

/**
 * Splitting the DGAS between its two directorates: it ends the day before, and the split says which
 * successor takes each of its attributions and commitments.
 */
class SplittingAUnitTest {

  private static final Handover EVERYTHING_NAMED =
      Handover.NONE
          .withAttributions(DPA, List.of(attribution(DGAS, 0), attribution(DGAS, 2)))
          .withAttributions(DGC, List.of(attribution(DGAS, 1)))
          .withCommitments(DGC, List.of(UPE))
          .withStrategies(DPA, List.of(POLE_SOCIAL))
          .withActions(DGC, List.of(ACTION));

  @Test
  void each_successor_takes_what_the_split_gives_it() {
    // given
    Snapshot snapshot =
        ministry(Restructuring.Split.of(DGAS, units(DPA, DGC), EVERYTHING_NAMED, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals()).isEmpty();
    assertThat(replay.orphans()).isEmpty();
    assertThat(replay.attributionsOn(DPA, REFORM))
        .containsExactly(attribution(DGAS, 0), attribution(DGAS, 2));
    assertThat(replay.attributionsOn(DGC, REFORM)).containsExactly(attribution(DGAS, 1));
    assertThat(replay.contributorsOn(snapshot.commitments().get(0), REFORM)).containsExactly(DGC);
    assertThat(replay.ownerOn(snapshot.strategies().get(0), REFORM)).contains(DPA);
    assertThat(replay.successorsOf(DGAS))
        .extracting(Succession::successor)
        .containsExactly(DPA, DGC);
    assertThat(replay.chart().on(REFORM).contains(DGAS)).isFalse();
  }

  @Test
  void what_the_split_gives_nobody_is_orphaned() {
    // given a split that names only one attribution
    Snapshot snapshot =
        ministry(
            Restructuring.Split.of(
                DGAS,
                units(DPA, DGC),
                Handover.NONE.withAttributions(DPA, List.of(attribution(DGAS, 0))),
                REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then the two other attributions, the contribution, the strategy and the action stay with
    // the DGAS, which no longer exists
    assertThat(replay.orphans())
        .extracting(Orphan::holding)
        .containsExactlyInAnyOrder(
            attribution(DGAS, 1),
            attribution(DGAS, 2),
            new Holding.Contribution(UPE, DGAS),
            new Holding.Ownership(POLE_SOCIAL, DGAS),
            new Holding.ActionOwnership(ACTION, DGAS));
    assertThat(replay.orphans())
        .extracting(Orphan::field)
        .containsOnly("attributions", "commitments", "strategies", "actions");
    assertThat(replay.holderOn(attribution(DGAS, 1), REFORM)).contains(DGAS);
    assertThat(replay.orphans().get(0).date()).isEqualTo(REFORM);
  }

  @Test
  void a_split_into_one_unit_is_refused() {
    // given
    Snapshot snapshot =
        ministry(Restructuring.Split.of(DGAS, units(DPA), Handover.NONE, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(new RestructuringRefusal.SplitIntoOneUnit("into"));
    assertThat(replay.chart().on(REFORM).contains(DGAS)).isTrue();
  }

  @Test
  void a_unit_among_its_own_successors_is_refused() {
    // given
    Snapshot snapshot =
        ministry(Restructuring.Split.of(DGAS, units(DGAS, DPA, DGC), Handover.NONE, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(new RestructuringRefusal.OwnSuccessor(DGAS, "into/0"));
  }

  @Test
  void a_handover_of_what_the_unit_does_not_hold_is_refused() {
    // given an attribution beyond the mandate, one of another unit, one given twice, a commitment
    // and an action unknown
    Handover handover =
        Handover.NONE
            .withAttributions(DPA, List.of(attribution(DGAS, 3), attribution(DGPE, 0)))
            .withAttributions(DGC, List.of(attribution(DGAS, 1)))
            .withDropped(List.of(attribution(DGAS, 1)))
            .withCommitments(DGC, List.of(CommitmentId.of("inconnu")))
            .withActions(DGC, List.of(ElementRef.parse("pole-social-4-4/axe-9")));
    Snapshot snapshot =
        ministry(Restructuring.Split.of(DGAS, units(DPA, DGC), handover, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.NoSuchAttribution(DGAS, 3, 3, "attributions/dpa/0"),
            new RestructuringRefusal.NotHeld("attribution 0 of 'dgpe'", "attributions/dpa/1"),
            new RestructuringRefusal.HandedOverTwice("attribution 1 of 'dgas'", "dropped/0"),
            new RestructuringRefusal.UnknownCommitment(
                CommitmentId.of("inconnu"), "commitments/dgc/0"),
            new RestructuringRefusal.UnknownAction(
                ElementRef.parse("pole-social-4-4/axe-9"), "actions/dgc/0"));
  }

  @Test
  void a_handover_to_a_unit_that_does_not_exist_that_day_is_refused() {
    // given the DGPE given an attribution of the DGAS, and the ministry the strategy, on the eve
    // of the new unit's establishment
    Handover handover =
        Handover.NONE
            .withAttributions(DGSPE, List.of(attribution(DGAS, 0)))
            .withStrategies(DGAS, List.of(POLE_SOCIAL));
    Snapshot snapshot =
        ministry(
            Restructuring.Split.of(
                DGAS,
                units(DPA, DGC),
                handover,
                org.civitas.domain.time.PartialDate.parse("2024-06")));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.NotAlive(
                DGSPE, java.time.LocalDate.of(2024, 6, 1), "attributions/dgspe"),
            new RestructuringRefusal.NotAlive(
                DGAS, java.time.LocalDate.of(2024, 6, 1), "strategies/dgas"));
    assertThat(MASSPF).isNotEqualTo(DGAS);
  }
}
