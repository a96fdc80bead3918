package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.civitas.domain.Fixtures.fr;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGC;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGSPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.POLE_SOCIAL;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.UPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.attribution;
import static org.civitas.domain.restructuring.RestructuringFixtures.ministry;
import static org.civitas.domain.restructuring.RestructuringFixtures.units;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** Each refusal says what is wrong and what to do; impossible values cannot be made. */
class RefusalsSayHowToFixTest {

  @Test
  void each_refusal_says_what_to_do() {
    // given
    UnitId unit = UnitId.of("dgas");
    LocalDate day = LocalDate.of(2025, 1, 1);

    // when / then
    assertThat(new RestructuringRefusal.NotAlive(unit, day, "unit").message())
        .isEqualTo(
            "unit 'dgas' does not exist on 2025-01-01: choose a date within its lifetime, or"
                + " establish it by then");
    assertThat(
            new RestructuringRefusal.DissolvedOfItself(unit, PartialDate.parse("2030"), "unit")
                .message())
        .isEqualTo(
            "unit 'dgas' is dissolved in 2030 by its own record: remove its dissolution date,"
                + " the restructuring ends it");
    assertThat(new RestructuringRefusal.SplitIntoOneUnit("into").message())
        .startsWith("a split gives two successors or more: add the successors");
    assertThat(new RestructuringRefusal.OwnSuccessor(unit, "into/0").message())
        .isEqualTo("unit 'dgas' cannot succeed itself: name the units that carry on its work");
    assertThat(new RestructuringRefusal.NamedTwice(unit, "units/1").message())
        .isEqualTo("unit 'dgas' is named twice: name it once");
    assertThat(new RestructuringRefusal.WouldCreateCycle(unit, DPA, "parent").message())
        .isEqualTo(
            "moving 'dgas' under 'dpa' would place it under itself: move 'dpa' out of its"
                + " subtree first");
    assertThat(new RestructuringRefusal.NoSuchAttribution(unit, 3, 3, "dropped/0").message())
        .isEqualTo("unit 'dgas' has 3 attributions: use 0 to 2");
    assertThat(new RestructuringRefusal.NoSuchAttribution(unit, 1, 1, "dropped/0").message())
        .isEqualTo("unit 'dgas' has 1 attribution: use 0 to 0");
    assertThat(new RestructuringRefusal.NotHeld("attribution 0 of 'dgpe'", "x").message())
        .isEqualTo(
            "attribution 0 of 'dgpe' is not held by a unit this restructuring ends: remove it,"
                + " or hand it over where its holder ends");
    assertThat(new RestructuringRefusal.HandedOverTwice("commitment 'upe'", "x").message())
        .isEqualTo("commitment 'upe' is handed over twice: give it to one unit only");
    assertThat(new RestructuringRefusal.UnknownCommitment(UPE, "x").message())
        .isEqualTo("there is no commitment 'upe': correct the id");
    assertThat(new RestructuringRefusal.UnknownStrategy(POLE_SOCIAL, "x").message())
        .isEqualTo("there is no strategy 'pole-social-4-4': correct the id");
    assertThat(new RestructuringRefusal.UnknownAction(ElementRef.parse("s/a"), "x").message())
        .isEqualTo("there is no action 's/a': write STRATEGY_ID/ACTION_ID of an action");
  }

  @Test
  void each_holding_names_itself_and_the_unit_the_record_gives_it_to() {
    // when / then
    assertThat(new Holding.Contribution(UPE, DGAS).describe())
        .isEqualTo("the contribution of 'dgas' to commitment 'upe'");
    assertThat(new Holding.Ownership(POLE_SOCIAL, DGAS).describe())
        .isEqualTo("the ownership of strategy 'pole-social-4-4'");
    assertThat(new Holding.ActionOwnership(RestructuringFixtures.ACTION, DPA).describe())
        .isEqualTo("the ownership of action 'pole-social-4-4/axe-1-1-a' by 'dpa'");
    assertThat(new Holding.ActionOwnership(RestructuringFixtures.ACTION, DPA).original())
        .isEqualTo(DPA);
    assertThat(
            List.of(
                Restructuring.Rename.of(DGAS, fr("DGAS"), Optional.empty(), REFORM_DAY).type(),
                Restructuring.Move.of(DGAS, DGPE, REFORM_DAY).type(),
                Restructuring.Merge.of(units(DGAS, DGPE), DGSPE, REFORM_DAY).type(),
                Restructuring.Split.of(DGAS, units(DPA, DGC), Handover.NONE, REFORM_DAY).type(),
                Restructuring.Dissolve.of(DGAS, units(), REFORM_DAY).type()))
        .containsExactly("rename", "move", "merge", "split", "dissolve");
    assertThat(Handover.NONE.isEmpty()).isTrue();
    assertThat(Handover.NONE.withDropped(List.of(attribution(DGAS, 0))).isEmpty()).isFalse();
  }

  @Test
  void an_attribution_index_cannot_be_negative_nor_a_former_name_open_ended() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> new Holding.Attribution(DGAS, -1));
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(
            () ->
                OrgUnit.builder()
                    .from(RestructuringFixtures.dgas())
                    .addFormerNames(new DatedName(fr("Direction"), Optional.empty(), Period.ALWAYS))
                    .build());
  }

  @Test
  void a_handover_of_a_strategy_or_commitment_the_unit_does_not_hold_is_refused() {
    // given the DGPE dissolved into the DPA, handing over the strategy the DGAS owns, a strategy
    // that does not exist, an attribution of a unit that does not exist, and a commitment of
    // another lead
    ministry();
    Handover handover =
        Handover.NONE
            .withStrategies(DPA, List.of(POLE_SOCIAL, StrategyId.of("inconnue")))
            .withAttributions(DPA, List.of(attribution(UnitId.of("dg-inconnue"), 0)));
    var snapshot =
        ministry(
            new Restructuring.Dissolve(
                DGPE, units(DPA), handover, REFORM_DAY, Optional.empty(), Optional.empty()));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.UnknownUnit(UnitId.of("dg-inconnue"), "attributions/dpa/0"),
            new RestructuringRefusal.NotHeld("strategy 'pole-social-4-4'", "strategies/dpa/0"),
            new RestructuringRefusal.UnknownStrategy(
                StrategyId.of("inconnue"), "strategies/dpa/1"));
  }

  @Test
  void a_commitment_handed_over_by_a_unit_that_neither_leads_nor_contributes_is_refused() {
    // given the DPA dissolved, handing over the commitment led by the DGPE
    var snapshot =
        ministry(
            new Restructuring.Dissolve(
                DPA,
                units(),
                Handover.NONE.withCommitments(DGAS, List.of(UPE, CommitmentId.of("upe"))),
                REFORM_DAY,
                Optional.empty(),
                Optional.empty()));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.NotHeld("commitment 'upe'", "commitments/dgas/0"),
            new RestructuringRefusal.HandedOverTwice("commitment 'upe'", "commitments/dgas/1"));
  }

  @Test
  void a_successor_not_yet_established_is_refused() {
    // given the DGSPE established on 1 January 2025, named successor in 2024
    var snapshot =
        ministry(Restructuring.Dissolve.of(DGPE, units(DGAS, DGSPE), PartialDate.parse("2024")));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(
            new RestructuringRefusal.NotAlive(DGSPE, LocalDate.of(2024, 1, 1), "successors/1"));
    assertThat(ImmutableList.of(replay.refusals().get(0).restructuring().type()))
        .containsExactly("dissolve");
  }
}
