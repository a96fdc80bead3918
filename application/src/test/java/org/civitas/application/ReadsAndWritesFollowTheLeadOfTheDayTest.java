package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.CoverageView;
import org.civitas.application.port.in.GetCoverageQuery;
import org.civitas.application.port.in.ReadAuditLogQuery;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.application.port.in.ShowStrategyQuery;
import org.civitas.application.port.in.StrategyView;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.Coverage;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * Showing a commitment, a strategy or its coverage gives the lead and the owners of the day asked,
 * and an editor changes the commitments its scope leads today: the DAED (under the DGPE) merged
 * into the DPA (under the DGAS) on 1 January 2024; the split of the DAED hands one commitment to
 * nobody on 1 January 2025.
 */
class ReadsAndWritesFollowTheLeadOfTheDayTest {

  private static final LocalDate BEFORE_MERGER = LocalDate.of(2023, 6, 1);
  private static final LocalDate AFTER_MERGER = LocalDate.of(2024, 6, 1);
  private static final UnitId DAED = UnitId.of("daed");
  private static final UnitId DPA = UnitId.of("dpa");
  private static final UnitId DGPE = UnitId.of("dgpe");
  private static final UnitId DPE = UnitId.of("dpe");

  /** A strategy with an action of the DAED, one of the DGPE and one nobody owns. */
  private static final Strategy STRATEGY =
      Strategy.builder()
          .id(Fixtures.POLE_SOCIAL)
          .title(Fixtures.fr("Stratégie du pôle Social"))
          .addAxes(
              new Axis(
                  ElementId.of("axe-1"),
                  AxisKind.STRATEGIC,
                  OptionalInt.of(1),
                  Fixtures.fr("Protection de l'enfance"),
                  ImmutableList.of(
                      new Objective(
                          ElementId.of("axe-1-1"),
                          OptionalInt.of(1),
                          Fixtures.fr("Des unités de protection dans chaque région"),
                          ImmutableList.of(
                              Fixtures.action("axe-1-1-a", "Appuyer les associations", DAED),
                              Fixtures.action("axe-1-1-b", "Former les travailleurs", DGPE, DAED),
                              Fixtures.action("axe-1-1-c", "Publier les rapports"))))))
          .build();

  private final FakeStore store = FakeStore.holding(withStrategy(Restructured.togoLedgerMerged()));
  private final Civitas merged = Fixtures.civitas(store, Fixtures.CHECK_DAY);
  private final Civitas split =
      Fixtures.civitas(
          FakeStore.holding(withStrategy(Restructured.togoLedgerSplit())), Fixtures.CHECK_DAY);

  @Test
  void a_commitment_is_shown_with_the_unit_that_leads_it_on_the_day_asked() {
    // when
    CommitmentView before =
        merged.showCommitment().show(ShowCommitmentQuery.on(Ledger.DAED_COMMITMENT, BEFORE_MERGER));
    CommitmentView after =
        merged.showCommitment().show(ShowCommitmentQuery.on(Ledger.DAED_COMMITMENT, AFTER_MERGER));
    CommitmentView today =
        merged.showCommitment().show(ShowCommitmentQuery.today(Ledger.DAED_COMMITMENT));

    // then
    assertThat(before.lead()).isEqualTo(DAED);
    assertThat(after.lead()).isEqualTo(DPA);
    assertThat(after.commitment().lead()).isEqualTo(DAED);
    assertThat(after.orphaned()).isFalse();
    assertThat(after.progress()).hasValue(80.0);
    assertThat(today.asOf()).isEqualTo(Fixtures.CHECK_DAY);
    assertThat(today.lead()).isEqualTo(DPA);
  }

  @Test
  void a_commitment_the_split_hands_to_nobody_stays_with_the_unit_split_and_is_orphaned() {
    // when
    CommitmentView eve =
        split
            .showCommitment()
            .show(
                ShowCommitmentQuery.on(
                    Restructured.DAED_FOLLOW_UP, Restructured.SPLIT.minusDays(1)));
    CommitmentView orphan =
        split
            .showCommitment()
            .show(ShowCommitmentQuery.on(Restructured.DAED_FOLLOW_UP, Restructured.SPLIT));
    CommitmentView handed =
        split
            .showCommitment()
            .show(ShowCommitmentQuery.on(Ledger.DAED_COMMITMENT, Restructured.SPLIT));

    // then
    assertThat(eve.lead()).isEqualTo(DAED);
    assertThat(eve.orphaned()).isFalse();
    assertThat(orphan.lead()).isEqualTo(DAED);
    assertThat(orphan.orphaned()).isTrue();
    assertThat(handed.lead()).isEqualTo(DPE);
    assertThat(handed.orphaned()).isFalse();
  }

  @Test
  void a_strategy_is_shown_with_the_owners_and_the_leads_of_the_day_asked() {
    // when
    StrategyView before =
        merged.showStrategy().show(ShowStrategyQuery.on(Fixtures.POLE_SOCIAL, BEFORE_MERGER));
    StrategyView after =
        merged.showStrategy().show(ShowStrategyQuery.on(Fixtures.POLE_SOCIAL, AFTER_MERGER));

    // then
    assertThat(before.coverage().actions())
        .extracting(row -> row.action().id().value(), Coverage.ActionOwnership::owners)
        .containsExactly(
            tuple("axe-1-1-a", List.of(DAED)),
            tuple("axe-1-1-b", List.of(DGPE, DAED)),
            tuple("axe-1-1-c", List.of()));
    assertThat(after.coverage().actions())
        .extracting(row -> row.action().id().value(), Coverage.ActionOwnership::owners)
        .containsExactly(
            tuple("axe-1-1-a", List.of(DPA)),
            tuple("axe-1-1-b", List.of(DGPE, DPA)),
            tuple("axe-1-1-c", List.of()));
    assertThat(before.commitments())
        .extracting(CommitmentSummary::id, CommitmentSummary::lead)
        .containsExactly(tuple(Ledger.DAED_COMMITMENT, DAED));
    assertThat(after.commitments())
        .extracting(CommitmentSummary::id, CommitmentSummary::lead)
        .containsExactly(tuple(Ledger.DAED_COMMITMENT, DPA));
  }

  @Test
  void the_coverage_names_the_owners_of_the_day_asked_today_when_none_is() {
    // when
    CoverageView before =
        merged.getCoverage().coverage(GetCoverageQuery.on(Fixtures.POLE_SOCIAL, BEFORE_MERGER));
    CoverageView today =
        merged.getCoverage().coverage(GetCoverageQuery.today(Fixtures.POLE_SOCIAL));

    // then
    assertThat(before.coverage().actions().get(0).owners()).containsExactly(DAED);
    assertThat(before.owners()).containsOnlyKeys(DAED, DGPE);
    assertThat(today.asOf()).isEqualTo(Fixtures.CHECK_DAY);
    assertThat(today.coverage().actions().get(0).owners()).containsExactly(DPA);
    assertThat(today.owners()).containsOnlyKeys(DPA, DGPE);
    assertThat(today.owners().get(DPA).name().text()).isEqualTo("Direction des personnes âgées");
    assertThat(today.coverage().unowned())
        .extracting(row -> row.action().id().value())
        .containsExactly("axe-1-1-c");
  }

  @Test
  void after_a_merge_an_editor_of_the_unit_merged_into_reports_on_the_commitment_it_took_over() {
    // when an editor of the DGAS, above the DPA, reports today
    merged
        .reportActivityProgress()
        .report(report(Actor.editor("point-focal-dgas", UnitId.of("dgas"))));

    // then
    assertThat(store.loadCommitment(Ledger.DAED_COMMITMENT).orElseThrow().version()).isEqualTo(2);
    assertThat(
            read("commitment/" + Ledger.DAED_COMMITMENT, Actor.editor("point-focal-dpa", DPA))
                .entries())
        .hasSize(1);
  }

  @Test
  void after_a_merge_an_editor_of_the_former_lead_s_parent_is_refused() {
    // when / then an editor of the DGPE, where the DAED sat
    assertThatThrownBy(
            () ->
                merged
                    .reportActivityProgress()
                    .report(report(Actor.editor("point-focal-dgpe", DGPE))))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("commitment " + Ledger.DAED_COMMITMENT + " belongs to unit 'dpa'");
    assertThatThrownBy(
            () ->
                read(
                    "commitment/" + Ledger.DAED_COMMITMENT, Actor.editor("point-focal-dgpe", DGPE)))
        .isInstanceOf(ChangeForbidden.class);
    assertThat(store.loadCommitment(Ledger.DAED_COMMITMENT).orElseThrow().version()).isEqualTo(1);
  }

  private org.civitas.application.port.in.AuditPage read(String subject, Actor actor) {
    return merged
        .readAuditLog()
        .read(new ReadAuditLogQuery(Optional.of(subject), OptionalLong.empty(), 10, actor));
  }

  private static ReportActivityProgressCommand report(Actor actor) {
    return new ReportActivityProgressCommand(
        Ledger.DAED_COMMITMENT,
        Fixtures.SUIVI,
        ActivityStatus.IN_PROGRESS,
        90,
        Optional.of("point trimestriel"),
        1,
        actor);
  }

  /** {@code snapshot} with the strategy, the DAED's first commitment contributing to it. */
  private static Snapshot withStrategy(Snapshot snapshot) {
    ImmutableList<Commitment> commitments =
        snapshot.commitments().stream()
            .map(
                c ->
                    c.id().equals(Ledger.DAED_COMMITMENT)
                        ? ImmutableCommitment.copyOf(c)
                            .withContributesTo(ElementRef.parse("pole-social-4-4/axe-1-1-a"))
                        : c)
            .collect(ImmutableList.toImmutableList());
    return new Snapshot(
        snapshot.units(), ImmutableList.of(STRATEGY), commitments, snapshot.restructurings());
  }
}
