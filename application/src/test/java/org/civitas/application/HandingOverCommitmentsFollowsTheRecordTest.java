package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGAS;
import static org.civitas.application.UnitWrites.cell;
import static org.civitas.application.UnitWrites.unit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.in.CreateUnitCommand;
import org.civitas.application.port.in.LegalBasis;
import org.civitas.application.port.in.ReadAuditLogQuery;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.application.port.in.SplitUnitCommand;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.restructuring.Handover;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A restructuring hands over commitments as the record holds them on its date: in the Togolese
 * ledger the DAED was merged into the DPA on 1 January 2024, so the DPA leads the DAED's commitment
 * since; the DPA is then split between two cells under the DGAS on 1 January 2026 (made up).
 */
class HandingOverCommitmentsFollowsTheRecordTest {

  private static final LocalDate FIRST_OF_2026 = LocalDate.of(2026, 1, 1);

  private final FakeStore store = FakeStore.holding(Restructured.togoLedgerMerged());
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
  void a_commitment_the_record_passed_to_the_unit_split_goes_to_the_successor_named() {
    // when the DPA hands the DAED's commitment to the second cell
    split(Handover.NONE.withCommitments(unit("cellule-b"), List.of(Ledger.DAED_COMMITMENT)));

    // then the second cell leads it from the day of the split, the DPA until then
    assertThat(leadOn(Ledger.DAED_COMMITMENT, FIRST_OF_2026)).isEqualTo("cellule-b");
    assertThat(leadOn(Ledger.DAED_COMMITMENT, FIRST_OF_2026.minusDays(1))).isEqualTo("dpa");
    assertThat(store.loadSnapshot().restructurings()).hasSize(2);
  }

  @Test
  void the_split_is_filed_under_the_unit_split_and_each_successor() {
    // when
    split(Handover.NONE.withCommitments(unit("cellule-b"), List.of(Ledger.DAED_COMMITMENT)));

    // then one entry per unit, the same change told in each
    ImmutableList<AuditEntry> entries = store.entries().subList(2, store.entries().size());
    assertThat(entries)
        .extracting(AuditEntry::subject)
        .containsExactly("unit/dpa", "unit/cellule-a", "unit/cellule-b");
    assertThat(entries).extracting(AuditEntry::action).containsOnly("unit.split");
    assertThat(entries)
        .extracting(AuditEntry::after)
        .containsOnly(entries.get(0).after())
        .first()
        .satisfies(after -> assertThat(after).get().asString().contains("by Arrêté n° 12"));
    assertThat(
            civitas
                .readAuditLog()
                .read(
                    new ReadAuditLogQuery(
                        Optional.of("unit/cellule-b"), OptionalLong.empty(), 10, EDITOR_OF_DGAS))
                .entries())
        .extracting(numbered -> numbered.entry().action())
        .containsExactly("unit.split", "unit.create");
  }

  @Test
  void a_commitment_the_record_does_not_hold_is_refused_at_its_field_and_nothing_is_stored() {
    // when / then
    assertThatThrownBy(
            () ->
                split(
                    Handover.NONE.withCommitments(
                        unit("cellule-a"), List.of(CommitmentId.of("upe-inconnu")))))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> {
              assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.RESTRUCTURING_INVALID);
              assertThat(refused.mistakes())
                  .containsExactly(
                      new ChangeRefused.Mistake(
                          "/commitments/cellule-a/0",
                          "there is no commitment 'upe-inconnu': correct the id"));
            });
    assertThat(store.loadSnapshot().restructurings()).hasSize(1);
    assertThat(store.entries()).hasSize(2);
  }

  @Test
  void a_commitment_another_unit_leads_is_not_the_split_units_to_hand_over() {
    // when / then: the DGPE leads its own commitment
    assertThatThrownBy(
            () ->
                split(
                    Handover.NONE.withCommitments(
                        unit("cellule-a"), List.of(Ledger.DGPE_COMMITMENT))))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> {
              assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.RESTRUCTURING_INVALID);
              assertThat(refused.mistakes())
                  .extracting(ChangeRefused.Mistake::pointer)
                  .containsExactly("/commitments/cellule-a/0");
            })
        .hasMessageContaining(
            "commitment 'upe-dgpe' is not held by a unit this restructuring ends");
  }

  private String leadOn(CommitmentId commitment, LocalDate day) {
    return civitas.showCommitment().show(ShowCommitmentQuery.on(commitment, day)).lead().value();
  }

  private void split(Handover handover) {
    civitas
        .splitUnit()
        .split(
            new SplitUnitCommand(
                unit("dpa"),
                ImmutableList.of(unit("cellule-a"), unit("cellule-b")),
                handover,
                FIRST_OF_2026,
                new LegalBasis(Optional.of("Arrêté n° 12"), Optional.empty()),
                1,
                DSI));
  }
}
