package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGC;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGSPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.UPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.poleSocial;
import static org.civitas.domain.restructuring.RestructuringFixtures.units;
import static org.civitas.domain.restructuring.RestructuringFixtures.upe;

import java.time.LocalDate;
import java.util.List;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Who leads the UPE commitment (led by the DGPE in its record) across the restructurings of the
 * ministry, read from the restructurings and that one commitment alone.
 */
class LeadsAcrossRestructuringsTest {

  private static final LocalDate EVE = REFORM.minusDays(1);
  private static final LocalDate EARLIER = LocalDate.of(2024, 1, 1);

  private static final Restructuring MERGE =
      Restructuring.Merge.of(units(DGPE, DGAS), DGSPE, REFORM_DAY);

  @Test
  void a_merge_passes_the_lead_to_the_unit_merged_into_from_its_date() {
    // given
    Leads leads = Leads.of(List.of(upe()), List.of(MERGE));

    // when / then
    assertThat(leads.on(upe(), EVE)).isEqualTo(DGPE);
    assertThat(leads.on(upe(), REFORM)).isEqualTo(DGSPE);
    assertThat(leads.orphanedBy(upe(), REFORM)).isEmpty();
  }

  @Test
  void the_units_merged_are_former_leads_of_the_unit_merged_into_from_the_date_only() {
    // when / then
    assertThat(Leads.formerLeads(List.of(DGSPE), List.of(MERGE), REFORM))
        .containsExactly(DGSPE, DGPE, DGAS);
    assertThat(Leads.formerLeads(List.of(DGSPE), List.of(MERGE), EVE)).containsExactly(DGSPE);
    assertThat(Leads.formerLeads(List.of(DPA), List.of(MERGE), REFORM)).containsExactly(DPA);
  }

  @Test
  void a_lead_passed_on_twice_is_found_whatever_the_order_the_restructurings_are_given_in() {
    // given the DGPE merged into the DGAS in 2024, then the DGAS split, the UPE to the DGC
    Restructuring merge = Restructuring.Merge.of(units(DGPE, DGAS), DGAS, PartialDate.ofYear(2024));
    Restructuring split =
        Restructuring.Split.of(
            DGAS, units(DPA, DGC), Handover.NONE.withCommitments(DGC, List.of(UPE)), REFORM_DAY);
    Leads leads = Leads.of(List.of(upe()), List.of(split, merge));

    // when / then
    assertThat(leads.on(upe(), EARLIER.minusDays(1))).isEqualTo(DGPE);
    assertThat(leads.on(upe(), EARLIER)).isEqualTo(DGAS);
    assertThat(leads.on(upe(), REFORM)).isEqualTo(DGC);
    assertThat(Leads.formerLeads(List.of(DGC), List.of(split, merge), REFORM))
        .containsExactly(DGC, DGAS, DGPE);
    assertThat(Leads.formerLeads(List.of(DGC), List.of(merge, split), REFORM))
        .containsExactly(DGC, DGAS, DGPE);
    assertThat(Leads.formerLeads(List.of(DGC), List.of(merge, split), EVE)).containsExactly(DGC);
    assertThat(Leads.formerLeads(List.of(DPA), List.of(split, merge), REFORM)).containsExactly(DPA);
    assertThat(Leads.mayBeOrphaned(List.of(split, merge), REFORM))
        .containsExactlyInAnyOrder(DGAS, DGPE);
  }

  @Test
  void a_lead_the_split_gives_nobody_stays_with_the_unit_split_and_is_orphaned_from_its_date() {
    // given a split that names no commitment
    Restructuring split = Restructuring.Split.of(DGPE, units(DPA, DGC), Handover.NONE, REFORM_DAY);
    Leads leads = Leads.of(List.of(upe()), List.of(split));

    // when / then
    assertThat(leads.on(upe(), REFORM)).isEqualTo(DGPE);
    assertThat(leads.orphanedBy(upe(), EVE)).isEmpty();
    assertThat(leads.orphanedBy(upe(), REFORM))
        .hasValueSatisfying(
            orphan -> {
              assertThat(orphan.holder()).isEqualTo(DGPE);
              assertThat(orphan.date()).isEqualTo(REFORM);
            });
    assertThat(Leads.mayBeOrphaned(List.of(split), REFORM)).containsExactly(DGPE);
    assertThat(Leads.mayBeOrphaned(List.of(split), EVE)).isEmpty();
    assertThat(Leads.formerLeads(List.of(DPA, DGC), List.of(split), REFORM))
        .containsExactly(DPA, DGC);
  }

  @Test
  void only_a_dissolution_without_one_successor_may_orphan_a_lead() {
    // given
    Restructuring alone = Restructuring.Dissolve.of(DGPE, units(), REFORM_DAY);
    Restructuring intoOne = Restructuring.Dissolve.of(DGPE, units(DGAS), REFORM_DAY);

    // when / then
    assertThat(Leads.mayBeOrphaned(List.of(alone), REFORM)).containsExactly(DGPE);
    assertThat(Leads.mayBeOrphaned(List.of(intoOne), REFORM)).isEmpty();
    assertThat(Leads.mayBeOrphaned(List.of(MERGE), REFORM)).isEmpty();
    assertThat(Leads.of(List.of(upe()), List.of(intoOne)).on(upe(), REFORM)).isEqualTo(DGAS);
    assertThat(Leads.of(List.of(upe()), List.of(alone)).orphanedBy(upe(), REFORM)).isPresent();
  }

  @Test
  void a_commitment_handed_to_another_successor_is_read_with_the_others_left_out() {
    // given a second commitment of the DGPE that the split names, the UPE not given
    Commitment other = ImmutableCommitment.copyOf(upe()).withId(CommitmentId.of("upe-2"));
    Restructuring split =
        Restructuring.Split.of(
            DGPE,
            units(DPA, DGC),
            Handover.NONE
                .withCommitments(DPA, List.of(UPE))
                .withCommitments(DGC, List.of(other.id())),
            REFORM_DAY);

    // when
    Leads leads = Leads.of(List.of(other), List.of(split));

    // then
    assertThat(leads.on(other, REFORM)).isEqualTo(DGC);
    assertThat(leads.orphanedBy(other, REFORM)).isEmpty();
  }

  @Test
  void the_owners_of_an_action_follow_the_units_merged_and_split_from_their_dates() {
    // given the action owned by the DGAS and the DGPE, both merged into the DGSPE; the DPA split
    // later, naming nothing (it owns nothing)
    Strategy strategy = poleSocial();
    Action action = strategy.actions().findFirst().orElseThrow();
    Leads leads = Leads.of(List.of(strategy), List.of(upe()), List.of(MERGE));

    // when / then
    assertThat(leads.ownersOn(strategy, action, EVE)).containsExactly(DGAS, DGPE);
    assertThat(leads.ownersOn(strategy, action, REFORM)).containsExactly(DGSPE);
    assertThat(leads.on(upe(), REFORM)).isEqualTo(DGSPE);
  }

  @Test
  void an_ownership_the_dissolution_gives_nobody_stays_with_the_unit_dissolved() {
    // given the DGPE dissolved with no successor
    Strategy strategy = poleSocial();
    Action action = strategy.actions().findFirst().orElseThrow();
    Restructuring alone = Restructuring.Dissolve.of(DGPE, units(), REFORM_DAY);

    // when
    Leads leads = Leads.of(List.of(strategy), List.of(), List.of(alone));

    // then
    assertThat(leads.ownersOn(strategy, action, REFORM)).containsExactly(DGAS, DGPE);
  }
}
