package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.GetPeriodicReportQuery;
import org.civitas.application.port.in.GetProgressQuery;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.port.in.PeriodicReport.CommitmentReport;
import org.civitas.application.port.in.ProgressReport;
import org.civitas.application.port.in.ProgressReport.UnitProgress;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.application.port.in.UnitView;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * A commitment counts under the unit that leads it on the day asked: after a merge, under the unit
 * merged into and its ancestors; before it, under the lead its record names. A lead that a split
 * hands to nobody stays with the unit split, and the progress report lists it apart.
 */
class RollUpsFollowTheLeadAcrossRestructuringsTest {

  private static final LocalDate AFTER_MERGER = LocalDate.of(2024, 6, 1);
  private static final LocalDate BEFORE_MERGER = LocalDate.of(2023, 6, 1);
  private static final LocalDate AFTER_SPLIT = LocalDate.of(2025, 6, 1);
  private static final UnitId DGAS = UnitId.of("dgas");
  private static final UnitId DGPE = UnitId.of("dgpe");
  private static final UnitId DPA = UnitId.of("dpa");
  private static final UnitId DAED = UnitId.of("daed");
  private static final UnitId DPE = UnitId.of("dpe");

  private final Civitas merged =
      Fixtures.civitas(FakeStore.holding(Restructured.togoLedgerMerged()), Fixtures.CHECK_DAY);
  private final Civitas split =
      Fixtures.civitas(FakeStore.holding(Restructured.togoLedgerSplit()), Fixtures.CHECK_DAY);

  @Test
  void the_records_restructured_take_effect_without_refusal() {
    // when / then
    assertThat(Restructured.togoLedgerMerged().replay().refusals()).isEmpty();
    assertThat(Restructured.togoLedgerMerged().replay().orphans()).isEmpty();
    assertThat(Restructured.togoLedgerSplit().replay().refusals()).isEmpty();
    assertThat(Restructured.togoLedgerSplit().replay().orphans()).hasSize(1);
  }

  @Test
  void after_a_merge_the_commitment_counts_under_the_unit_merged_into_and_its_ancestors() {
    // when
    ProgressReport report =
        merged.getProgress().progress(GetProgressQuery.everywhere().asOf(AFTER_MERGER));

    // then the DAED's commitment (80 %) under the DPA and the DGAS, the DGPE's own (35 %) alone
    assertThat(report.units())
        .extracting(
            row -> row.unit().id().value(),
            row -> row.rollUp().commitments(),
            row -> row.rollUp().meanProgress().orElse(-1))
        .containsExactly(
            tuple("masspf", 2, 57.5),
            tuple("sg", 0, -1.0),
            tuple("dgas", 1, 80.0),
            tuple("dpa", 1, 80.0),
            tuple("dgpe", 1, 35.0),
            tuple("dpsv", 0, -1.0));
    assertThat(report.units().get(0).rollUp().states())
        .isEqualTo(Map.of(ScheduleState.ON_TRACK, 2));
    assertThat(row(report, DPA).commitments())
        .extracting(CommitmentSummary::id, CommitmentSummary::lead)
        .containsExactly(tuple(Ledger.DAED_COMMITMENT, DPA));
    assertThat(report.orphaned()).isEmpty();
  }

  @Test
  void before_the_merge_the_commitment_counts_under_the_lead_its_record_names() {
    // when
    ProgressReport report =
        merged.getProgress().progress(GetProgressQuery.everywhere().asOf(BEFORE_MERGER));

    // then
    assertThat(report.units())
        .extracting(row -> row.unit().id().value(), row -> row.rollUp().commitments())
        .containsExactly(
            tuple("masspf", 2),
            tuple("sg", 0),
            tuple("dgas", 0),
            tuple("dpa", 0),
            tuple("dgpe", 2),
            tuple("dpsv", 0),
            tuple("daed", 1));
    assertThat(row(report, DGPE).rollUp().meanProgress()).hasValue(57.5);
    assertThat(row(report, DGPE).rollUp().states())
        .isEqualTo(Map.of(ScheduleState.NOT_STARTED_YET, 2));
    assertThat(row(report, DAED).commitments())
        .extracting(CommitmentSummary::id, CommitmentSummary::lead)
        .containsExactly(tuple(Ledger.DAED_COMMITMENT, DAED));
  }

  @Test
  void below_the_unit_merged_into_the_commitment_of_the_unit_merged_is_read_with_its_subtree() {
    // when
    ProgressReport after =
        merged.getProgress().progress(GetProgressQuery.everywhere().below(DGAS).asOf(AFTER_MERGER));
    ProgressReport before =
        merged
            .getProgress()
            .progress(GetProgressQuery.everywhere().below(DGAS).asOf(BEFORE_MERGER));
    ProgressReport dgpe =
        merged.getProgress().progress(GetProgressQuery.everywhere().below(DGPE).asOf(AFTER_MERGER));

    // then
    assertThat(after.units())
        .extracting(row -> row.unit().id().value(), row -> row.rollUp().commitments())
        .containsExactly(tuple("dgas", 1), tuple("dpa", 1));
    assertThat(before.units())
        .extracting(row -> row.unit().id().value(), row -> row.rollUp().commitments())
        .containsExactly(tuple("dgas", 0), tuple("dpa", 0));
    assertThat(dgpe.units())
        .extracting(row -> row.unit().id().value(), row -> row.rollUp().commitments())
        .containsExactly(tuple("dgpe", 1), tuple("dpsv", 0));
  }

  @Test
  void showing_a_unit_gives_the_commitments_it_leads_that_day() {
    // when
    UnitView dpaAfter = merged.showUnit().show(ShowUnitQuery.on(DPA, AFTER_MERGER));
    UnitView dpaBefore = merged.showUnit().show(ShowUnitQuery.on(DPA, BEFORE_MERGER));
    UnitView dgasAfter = merged.showUnit().show(ShowUnitQuery.on(DGAS, AFTER_MERGER));
    UnitView daedAfter = merged.showUnit().show(ShowUnitQuery.on(DAED, AFTER_MERGER));
    UnitView dgpeBefore = merged.showUnit().show(ShowUnitQuery.on(DGPE, BEFORE_MERGER));

    // then
    assertThat(dpaAfter.commitments())
        .extracting(CommitmentSummary::id, CommitmentSummary::lead)
        .containsExactly(tuple(Ledger.DAED_COMMITMENT, DPA));
    assertThat(dpaAfter.rollUp().commitments()).isEqualTo(1);
    assertThat(dpaAfter.rollUp().meanProgress()).hasValue(80.0);
    assertThat(dpaBefore.commitments()).isEmpty();
    assertThat(dpaBefore.rollUp().commitments()).isZero();
    assertThat(dgasAfter.rollUp().commitments()).isEqualTo(1);
    assertThat(daedAfter.inForce()).isFalse();
    assertThat(daedAfter.commitments()).isEmpty();
    assertThat(dgpeBefore.rollUp().commitments()).isEqualTo(2);
    assertThat(dgpeBefore.rollUp().meanProgress()).hasValue(57.5);
  }

  @Test
  void a_split_passes_what_it_names_and_the_report_lists_apart_what_it_hands_to_nobody() {
    // when
    ProgressReport report =
        split.getProgress().progress(GetProgressQuery.everywhere().asOf(AFTER_SPLIT));

    // then the first commitment under the new directorate, the second with the DAED, ended
    assertThat(report.units())
        .extracting(row -> row.unit().id().value(), row -> row.rollUp().commitments())
        .containsExactly(
            tuple("masspf", 2),
            tuple("sg", 0),
            tuple("dgas", 1),
            tuple("dpa", 0),
            tuple("dpe", 1),
            tuple("dgpe", 1),
            tuple("dpsv", 0));
    assertThat(row(report, DPE).commitments())
        .extracting(CommitmentSummary::id, CommitmentSummary::lead)
        .containsExactly(tuple(Ledger.DAED_COMMITMENT, DPE));
    assertThat(report.orphaned())
        .extracting(CommitmentSummary::id, CommitmentSummary::lead, CommitmentSummary::progress)
        .containsExactly(
            tuple(Restructured.DAED_FOLLOW_UP, DAED, java.util.OptionalDouble.of(10.0)));
  }

  @Test
  void below_a_unit_the_orphans_listed_are_those_whose_last_lead_sat_in_its_subtree() {
    // when
    ProgressReport dgpe =
        split.getProgress().progress(GetProgressQuery.everywhere().below(DGPE).asOf(AFTER_SPLIT));
    ProgressReport dgas =
        split.getProgress().progress(GetProgressQuery.everywhere().below(DGAS).asOf(AFTER_SPLIT));
    ProgressReport beforeSplit =
        split
            .getProgress()
            .progress(
                GetProgressQuery.everywhere().below(DGPE).asOf(Restructured.SPLIT.minusDays(1)));

    // then
    assertThat(dgpe.orphaned())
        .extracting(CommitmentSummary::id)
        .containsExactly(Restructured.DAED_FOLLOW_UP);
    assertThat(dgpe.units().get(0).rollUp().commitments()).isEqualTo(1);
    assertThat(dgas.orphaned()).isEmpty();
    assertThat(dgas.units().get(0).rollUp().commitments()).isEqualTo(1);
    assertThat(beforeSplit.orphaned()).isEmpty();
    assertThat(beforeSplit.units().get(0).rollUp().commitments()).isEqualTo(3);
  }

  @Test
  void the_unit_split_keeps_what_it_handed_to_nobody() {
    // when
    UnitView daed = split.showUnit().show(ShowUnitQuery.on(DAED, AFTER_SPLIT));

    // then
    assertThat(daed.inForce()).isFalse();
    assertThat(daed.commitments())
        .extracting(CommitmentSummary::id, CommitmentSummary::lead)
        .containsExactly(tuple(Restructured.DAED_FOLLOW_UP, DAED));
    assertThat(daed.rollUp().commitments()).isZero();
  }

  @Test
  void a_periodic_report_lists_the_commitment_under_the_unit_that_leads_it_at_the_close() {
    // when
    PeriodicReport report =
        merged
            .getPeriodicReport()
            .report(GetPeriodicReportQuery.of(ReportingPeriod.semester(2024, 1)));

    // then
    assertThat(report.units())
        .extracting(u -> u.unit().id().value(), u -> u.rollUp().commitments())
        .containsExactly(tuple("masspf", 2), tuple("dgas", 1), tuple("dpa", 1), tuple("dgpe", 1));
    assertThat(report.units().get(2).commitments())
        .extracting(CommitmentReport::id, CommitmentReport::lead)
        .containsExactly(tuple(Ledger.DAED_COMMITMENT, DPA));
    assertThat(report.units().get(2).meanProgressAtOpening()).hasValue(80.0);
  }

  private static UnitProgress row(ProgressReport report, UnitId unit) {
    return report.units().stream()
        .filter(row -> row.unit().id().equals(unit))
        .findFirst()
        .orElseThrow();
  }
}
