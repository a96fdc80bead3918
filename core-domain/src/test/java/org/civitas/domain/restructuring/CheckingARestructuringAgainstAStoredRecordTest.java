package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGC;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.UPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.ministry;
import static org.civitas.domain.restructuring.RestructuringFixtures.units;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * A restructuring appended to a stored record is checked against the holdings as the record's
 * restructurings passed them on by its date: the DPA leads the commitment alone, and is merged into
 * the DGC in 2024; the DGC is then dissolved in 2025, handing the commitment to the DGPE (every
 * restructuring below is made up).
 */
class CheckingARestructuringAgainstAStoredRecordTest {

  private static final Restructuring.Merge DPA_INTO_DGC =
      Restructuring.Merge.of(units(DPA, DGC), DGC, PartialDate.parse("2024-01-01"));

  private static final Commitment LED_BY_DPA =
      ImmutableCommitment.copyOf(RestructuringFixtures.upe())
          .withLead(DPA)
          .withContributors(List.of());

  private static Restructuring.Dissolve dgcHandingOver(CommitmentId commitment) {
    return new Restructuring.Dissolve(
        DGC,
        units(DGAS),
        Handover.NONE.withCommitments(DGPE, List.of(commitment)),
        REFORM_DAY,
        Optional.empty(),
        Optional.empty());
  }

  private static ImmutableList<OrgUnit> acrossTime(Restructuring... record) {
    return ministry(record).chart().units();
  }

  @Test
  void a_commitment_passed_on_by_the_record_is_handed_over_by_the_unit_that_took_it() {
    // when
    ImmutableList<RestructuringRefusal> refusals =
        Replay.refusalsOf(
            dgcHandingOver(UPE),
            acrossTime(DPA_INTO_DGC),
            List.of(),
            List.of(LED_BY_DPA),
            List.of(DPA_INTO_DGC));

    // then
    assertThat(refusals).isEmpty();
  }

  @Test
  void without_the_record_the_same_commitment_is_not_held_by_the_unit_it_ends() {
    // when
    ImmutableList<RestructuringRefusal> refusals =
        Replay.refusalsOf(
            dgcHandingOver(UPE), acrossTime(), List.of(), List.of(LED_BY_DPA), List.of());

    // then
    assertThat(refusals)
        .singleElement()
        .isEqualTo(new RestructuringRefusal.NotHeld("commitment 'upe'", "commitments/dgpe/0"));
  }

  @Test
  void a_restructuring_of_the_record_dated_after_it_has_passed_nothing_on_yet() {
    // given the merge dated after the dissolution
    Restructuring.Merge later =
        Restructuring.Merge.of(units(DPA, DGC), DGC, PartialDate.parse("2026-01-01"));

    // when
    ImmutableList<RestructuringRefusal> refusals =
        Replay.refusalsOf(
            dgcHandingOver(UPE), acrossTime(), List.of(), List.of(LED_BY_DPA), List.of(later));

    // then
    assertThat(refusals)
        .extracting(RestructuringRefusal::field)
        .containsExactly("commitments/dgpe/0");
  }

  @Test
  void a_commitment_the_record_does_not_hold_is_refused_at_its_field() {
    // when
    ImmutableList<RestructuringRefusal> refusals =
        Replay.refusalsOf(
            dgcHandingOver(CommitmentId.of("upe-inconnu")),
            acrossTime(DPA_INTO_DGC),
            List.of(),
            List.of(LED_BY_DPA),
            List.of(DPA_INTO_DGC));

    // then
    assertThat(refusals)
        .containsExactly(
            new RestructuringRefusal.UnknownCommitment(
                CommitmentId.of("upe-inconnu"), "commitments/dgpe/0"));
  }

  @Test
  void the_handovers_of_a_record_name_their_commitments_and_strategies_together() {
    // given
    Handover first =
        Handover.NONE
            .withCommitments(DGPE, List.of(UPE))
            .withActions(DGAS, List.of(RestructuringFixtures.ACTION));
    Handover second =
        Handover.NONE
            .withStrategies(DGPE, List.of(RestructuringFixtures.POLE_SOCIAL))
            .withCommitments(DGAS, List.of(UPE));

    // when
    Handover all =
        Handover.of(
            List.of(
                Restructuring.Split.of(DGC, units(DGAS, DGPE), first, REFORM_DAY),
                DPA_INTO_DGC,
                Restructuring.Split.of(DPA, units(DGAS, DGPE), second, REFORM_DAY)));

    // then
    assertThat(all.commitmentsNamed()).containsExactly(UPE);
    assertThat(all.strategiesNamed()).containsExactly(RestructuringFixtures.POLE_SOCIAL);
    assertThat(all.commitments().get(DGAS)).containsExactly(UPE);
    assertThat(all.actions().get(DGAS)).containsExactly(RestructuringFixtures.ACTION);
    assertThat(Handover.of(List.of(DPA_INTO_DGC)).isEmpty()).isTrue();
  }
}
