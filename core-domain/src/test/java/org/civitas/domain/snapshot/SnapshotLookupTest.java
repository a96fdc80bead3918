package org.civitas.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.fr;
import static org.civitas.domain.Fixtures.poleSocial;
import static org.civitas.domain.Fixtures.togoMinistry;
import static org.civitas.domain.Fixtures.upeCommitment;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.StrategyId;
import org.junit.jupiter.api.Test;

/** A unit, a strategy or a commitment is found in a snapshot by its id. */
class SnapshotLookupTest {

  private static final Snapshot TOGO =
      new Snapshot(
          togoMinistry().units(),
          ImmutableList.of(poleSocial()),
          ImmutableList.of(upeCommitment()));

  @Test
  void a_unit_is_found_by_its_id() {
    // given
    UnitId dgpe = UnitId.of("dgpe");

    // when
    var found = TOGO.unit(dgpe);

    // then
    assertThat(found)
        .map(unit -> unit.name().text())
        .contains("Direction générale de la protection de l’enfance");
  }

  @Test
  void a_strategy_is_found_by_its_id() {
    // given
    StrategyId fourPlusFour = StrategyId.of("pole-social-4-4");

    // when
    var found = TOGO.strategy(fourPlusFour);

    // then
    assertThat(found).contains(poleSocial());
  }

  @Test
  void a_commitment_is_found_by_its_id() {
    // given
    CommitmentId upe = CommitmentId.of("upe");

    // when
    var found = TOGO.commitment(upe);

    // then
    assertThat(found).contains(upeCommitment());
  }

  @Test
  void an_unknown_id_finds_nothing() {
    // given
    Snapshot snapshot = TOGO;

    // when / then
    assertThat(snapshot.unit(UnitId.of("direction-inconnue"))).isEmpty();
    assertThat(snapshot.strategy(StrategyId.of("indh"))).isEmpty();
    assertThat(snapshot.commitment(CommitmentId.of("budget-ouvert"))).isEmpty();
  }

  @Test
  void of_two_units_with_one_id_the_first_given_is_found() {
    // given a second « sg » after the first
    OrgUnit first = TOGO.unit(UnitId.of("sg")).orElseThrow();
    OrgUnit second =
        OrgUnit.builder().from(first).name(fr("Secrétariat général (doublon)")).build();
    Snapshot snapshot =
        new Snapshot(
            ImmutableList.<OrgUnit>builder().addAll(TOGO.units()).add(second).build(),
            ImmutableList.of(),
            ImmutableList.of());

    // when
    var found = snapshot.unit(UnitId.of("sg"));

    // then
    assertThat(found).containsSame(first);
  }

  @Test
  void the_chart_of_a_snapshot_holds_its_units() {
    // given
    Snapshot snapshot = TOGO;

    // when
    var chart = snapshot.chart();

    // then
    assertThat(chart.units()).containsExactlyElementsOf(TOGO.units());
  }
}
