package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.restructuring.RestructuringFixtures.ACTION;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Merging the DGAS and the DGPE into a new direction générale: both end the day before, and what
 * they held passes to it.
 */
class MergingUnitsTest {

  private static final LocalDate EVE = REFORM.minusDays(1);

  private static final Restructuring.Merge MERGE =
      Restructuring.Merge.of(units(DGAS, DGPE), DGSPE, REFORM_DAY);

  @Test
  void the_merged_units_end_the_day_before_and_the_successor_stands_from_the_date() {
    // given
    Snapshot snapshot = ministry(MERGE);

    // when
    Hierarchy eve = snapshot.chart().on(EVE);
    Hierarchy day = snapshot.chart().on(REFORM);

    // then
    assertThat(eve.children(MASSPF)).containsExactly(DGAS, DGPE);
    assertThat(day.children(MASSPF)).containsExactly(DGSPE);
    assertThat(snapshot.chart().unit(DGAS).orElseThrow().dissolved())
        .contains(PartialDate.parse("2024-12-31"));
  }

  @Test
  void the_merged_units_are_succeeded_by_the_one_they_became() {
    // given
    Replay replay = ministry(MERGE).replay();

    // when
    List<Succession> successions = replay.successions();

    // then
    assertThat(successions)
        .containsExactly(
            new Succession(DGAS, DGSPE, 0, MERGE), new Succession(DGPE, DGSPE, 0, MERGE));
    assertThat(replay.predecessorsOf(DGSPE)).hasSize(2);
    assertThat(replay.successorsOf(DGAS)).extracting(Succession::successor).containsExactly(DGSPE);
    assertThat(successions.get(0).date()).isEqualTo(REFORM);
  }

  @Test
  void attributions_commitments_strategies_and_actions_pass_to_the_successor() {
    // given
    Snapshot snapshot = ministry(MERGE);
    Replay replay = snapshot.replay();

    // when / then: the commitment led by the DGPE, with the DGAS contributing
    assertThat(replay.leadOn(snapshot.commitments().get(0), EVE)).isEqualTo(DGPE);
    assertThat(replay.leadOn(snapshot.commitments().get(0), REFORM)).isEqualTo(DGSPE);
    assertThat(replay.contributorsOn(snapshot.commitments().get(0), REFORM)).containsExactly(DGSPE);
    // the strategy owned by the DGAS and its action owned by both
    var strategy = snapshot.strategies().get(0);
    var action = strategy.actions().findFirst().orElseThrow();
    assertThat(replay.ownerOn(strategy, REFORM)).contains(DGSPE);
    assertThat(replay.ownersOn(strategy, action, EVE)).containsExactly(DGAS, DGPE);
    assertThat(replay.ownersOn(strategy, action, REFORM)).containsExactly(DGSPE);
    // the five attributions of the two
    assertThat(replay.attributionsOn(DGSPE, REFORM))
        .containsExactly(
            attribution(DGAS, 0),
            attribution(DGAS, 1),
            attribution(DGAS, 2),
            attribution(DGPE, 0),
            attribution(DGPE, 1));
    assertThat(replay.attributionsOn(DGAS, EVE)).hasSize(3);
    assertThat(replay.orphans()).isEmpty();
  }

  @Test
  void the_handover_sends_what_it_names_elsewhere_and_drops_what_ends() {
    // given the DGAS's third attribution to its directorate, its first dropped, the strategy to
    // the ministry
    Restructuring.Merge merge =
        new Restructuring.Merge(
            units(DGAS, DGPE),
            DGSPE,
            Handover.NONE
                .withAttributions(DPA, List.of(attribution(DGAS, 2)))
                .withDropped(List.of(attribution(DGAS, 0)))
                .withStrategies(MASSPF, List.of(POLE_SOCIAL))
                .withActions(MASSPF, List.of(ACTION))
                .withCommitments(MASSPF, List.of(UPE)),
            REFORM_DAY,
            Optional.of("Décret n° 2024-001"),
            Optional.empty());
    Snapshot snapshot = ministry(merge);

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals()).isEmpty();
    assertThat(replay.holderOn(attribution(DGAS, 2), REFORM)).contains(DPA);
    assertThat(replay.holderOn(attribution(DGAS, 0), REFORM)).isEmpty();
    assertThat(replay.holderOn(attribution(DGAS, 0), EVE)).contains(DGAS);
    assertThat(replay.holderOn(attribution(DGAS, 1), REFORM)).contains(DGSPE);
    assertThat(replay.ownerOn(snapshot.strategies().get(0), REFORM)).contains(MASSPF);
    assertThat(replay.leadOn(snapshot.commitments().get(0), REFORM)).isEqualTo(MASSPF);
    assertThat(replay.transfers())
        .filteredOn(t -> t.holding().equals(attribution(DGAS, 0)))
        .singleElement()
        .satisfies(t -> assertThat(t.to()).isEmpty());
  }

  @Test
  void a_unit_may_absorb_another_and_carry_on() {
    // given the DGAS absorbing the DGPE
    Snapshot snapshot = ministry(Restructuring.Merge.of(units(DGAS, DGPE), DGAS, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.chart().on(REFORM).children(MASSPF)).containsExactly(DGAS, DGSPE);
    assertThat(replay.chart().unit(DGAS).orElseThrow().dissolved()).isEmpty();
    assertThat(replay.successions()).extracting(Succession::predecessor).containsExactly(DGPE);
    assertThat(replay.leadOn(snapshot.commitments().get(0), REFORM)).isEqualTo(DGAS);
  }

  @Test
  void a_merge_of_one_unit_is_refused() {
    // given
    Snapshot snapshot = ministry(Restructuring.Merge.of(units(DGAS, DGAS), DGSPE, REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.NamedTwice(DGAS, "units/1"),
            new RestructuringRefusal.MergeOfOneUnit("units"));
    assertThat(replay.chart().on(REFORM).contains(DGAS)).isTrue();
  }

  @Test
  void a_merge_into_a_unit_established_later_is_refused() {
    // given the new unit established on 1 January 2025, the merge a year before
    Snapshot snapshot =
        ministry(Restructuring.Merge.of(units(DGAS, DGPE), DGSPE, PartialDate.parse("2024")));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.NotAlive(DGSPE, LocalDate.of(2024, 1, 1), "into"));
  }

  @Test
  void a_merge_of_units_unknown_or_dissolved_of_themselves_is_refused() {
    // given the DGPE dissolved by its own record in 2030, and a unit that does not exist
    UnitId unknown = UnitId.of("direction-inconnue");
    Snapshot base = ministry(Restructuring.Merge.of(units(DGAS, DGPE, unknown), DGSPE, REFORM_DAY));
    Snapshot snapshot =
        new Snapshot(
            base.units().stream()
                .map(u -> u.id().equals(DGPE) ? u.endedOn(LocalDate.of(2030, 12, 31)) : u)
                .collect(com.google.common.collect.ImmutableList.toImmutableList()),
            base.strategies(),
            base.commitments(),
            base.restructurings());

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.UnknownUnit(unknown, "units/2"),
            new RestructuringRefusal.DissolvedOfItself(
                DGPE, PartialDate.parse("2030-12-31"), "units/1"));
  }
}
