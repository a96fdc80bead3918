package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.activity;
import static org.civitas.domain.Fixtures.replacing;
import static org.civitas.domain.Fixtures.togoMinistry;
import static org.civitas.domain.Fixtures.upeCommitment;
import static org.civitas.domain.commitment.ActivityStatus.IN_PROGRESS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The commitments of a unit's whole subtree on a day: how many, their mean progress, their states.
 * The Togolese ministry's units are given commitments shaped like seed 004's.
 */
class UnitRollUpTest {

  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
  private static final UnitId MASSPF = UnitId.of("masspf");
  private static final UnitId DGAS = UnitId.of("dgas");

  private final OrgChart togo = togoMinistry();

  /** A commitment of {@code lead} with one activity over 2024, about 49.6 % due on DAY. */
  private static ImmutableCommitment ledBy(String lead, double progress) {
    Activity year2024 =
        activity("jalon", "Jalon 2024", "2024-01", "2024-12", IN_PROGRESS, progress, 1);
    return upeCommitment()
        .withId(CommitmentId.of("engagement-" + lead))
        .withLead(UnitId.of(lead))
        .withActivities(year2024);
  }

  private final List<Commitment> commitments =
      List.of(
          ledBy("dgas", 60), // on track
          ledBy("dpa", 20), // behind
          ledBy("dgc", 40), // on track
          ledBy("dpsv", 10), // behind, under the DGPE
          upeCommitment()); // led by the Moroccan MSISF, outside the chart

  @Test
  void a_unit_rolls_up_the_commitments_of_its_whole_subtree() {
    // given the DGAS, its DPA and its DGC each lead one commitment

    // when
    RollUp rollUp = RollUp.of(DGAS, togo.on(DAY), commitments);

    // then
    assertThat(rollUp.unit()).isEqualTo(DGAS);
    assertThat(rollUp.date()).isEqualTo(DAY);
    assertThat(rollUp.commitments()).isEqualTo(3);
    assertThat(rollUp.meanProgress()).hasValue(40);
    assertThat(rollUp.states())
        .isEqualTo(Map.of(ScheduleState.ON_TRACK, 2, ScheduleState.BEHIND, 1));
  }

  @Test
  void a_commitment_led_by_a_child_is_counted_once_in_every_ancestor() {
    // given the DPA's commitment sits under the DGAS and the ministry

    // when
    RollUp ministry = RollUp.of(MASSPF, togo.on(DAY), commitments);
    RollUp dpa = RollUp.of(UnitId.of("dpa"), togo.on(DAY), commitments);

    // then
    assertThat(ministry.commitments()).isEqualTo(4);
    assertThat(ministry.meanProgress()).hasValue(32.5);
    assertThat(ministry.states())
        .isEqualTo(Map.of(ScheduleState.ON_TRACK, 2, ScheduleState.BEHIND, 2));
    assertThat(dpa.commitments()).isEqualTo(1);
    assertThat(dpa.meanProgress()).hasValue(20);
  }

  @Test
  void a_commitment_counts_at_the_unit_that_leads_it_that_day() {
    // given the DGC's commitment led that day by the DPSV, as after a merge of the DGC into it
    UnitId dpsv = UnitId.of("dpsv");
    Function<Commitment, UnitId> leadOf = c -> c.lead().equals(UnitId.of("dgc")) ? dpsv : c.lead();
    Hierarchy today = togo.on(DAY);

    // when
    Map<UnitId, RollUp> all = RollUp.ofEveryUnit(today, commitments, leadOf);
    RollUp dgas = RollUp.of(DGAS, today, commitments, leadOf);

    // then
    assertThat(dgas.commitments()).isEqualTo(2);
    assertThat(dgas.meanProgress()).hasValue(40);
    assertThat(all.get(DGAS)).isEqualTo(dgas);
    assertThat(all.get(dpsv).commitments()).isEqualTo(2);
    assertThat(all.get(dpsv).meanProgress()).hasValue(25);
    assertThat(all.get(dpsv).states())
        .isEqualTo(Map.of(ScheduleState.ON_TRACK, 1, ScheduleState.BEHIND, 1));
    assertThat(RollUp.of(dpsv, today, commitments, leadOf)).isEqualTo(all.get(dpsv));
    assertThat(all.get(MASSPF).commitments()).isEqualTo(4);
  }

  @Test
  void a_unit_dissolved_before_the_day_is_no_longer_in_the_subtree() {
    // given the DGC dissolved at the end of 2023
    OrgChart restructured =
        replacing(
            togo,
            ImmutableOrgUnit.copyOf(togo.unit(UnitId.of("dgc")).orElseThrow())
                .withLifetime(Period.until(PartialDate.parse("2023"))));

    // when
    RollUp in2024 = RollUp.of(DGAS, restructured.on(DAY), commitments);

    // then
    assertThat(in2024.commitments()).isEqualTo(2);
    assertThat(in2024.meanProgress()).hasValue(40);
    assertThat(in2024.states())
        .isEqualTo(Map.of(ScheduleState.ON_TRACK, 1, ScheduleState.BEHIND, 1));
  }

  @Test
  void a_unit_without_commitments_rolls_up_nothing() {
    // given the DGAENF leads none

    // when
    RollUp rollUp = RollUp.of(UnitId.of("dgaenf"), togo.on(DAY), commitments);

    // then
    assertThat(rollUp.commitments()).isZero();
    assertThat(rollUp.meanProgress()).isEmpty();
    assertThat(rollUp.states()).isEmpty();
  }

  @Test
  void commitments_without_a_figure_are_counted_but_not_averaged() {
    // given a DGAS commitment without activities beside the DPA's at 20 %
    Commitment noActivities = ledBy("dgas", 0).withActivities();

    // when
    RollUp rollUp = RollUp.of(DGAS, togo.on(DAY), List.of(noActivities, ledBy("dpa", 20)));

    // then
    assertThat(rollUp.commitments()).isEqualTo(2);
    assertThat(rollUp.meanProgress()).hasValue(20);
    assertThat(rollUp.states()).isEqualTo(Map.of(ScheduleState.BEHIND, 1));
  }

  @Test
  void rolling_up_every_unit_at_once_gives_each_unit_its_own_roll_up() {
    // given
    Hierarchy today = togo.on(DAY);

    // when
    Map<UnitId, RollUp> all = RollUp.ofEveryUnit(today, commitments);

    // then
    assertThat(all).hasSize(today.units().size());
    assertThat(all.get(MASSPF).commitments()).isEqualTo(4);
    assertThat(all.get(MASSPF).meanProgress()).hasValue(32.5);
    today
        .units()
        .forEach(u -> assertThat(all.get(u.id())).isEqualTo(RollUp.of(u.id(), today, commitments)));
  }
}
