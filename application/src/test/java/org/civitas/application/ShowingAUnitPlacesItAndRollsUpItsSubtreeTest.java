package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.application.port.in.UnitView;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class ShowingAUnitPlacesItAndRollsUpItsSubtreeTest {

  @Test
  void a_unit_shows_its_parent_children_own_commitments_and_subtree_roll_up() {
    // given
    Civitas civitas =
        Fixtures.civitas(FakeStore.holding(Ledger.togoWithCommitments()), Fixtures.CHECK_DAY);

    // when
    UnitView dgpe = civitas.showUnit().show(ShowUnitQuery.today(UnitId.of("dgpe")));

    // then
    assertThat(dgpe.unit().name().text())
        .isEqualTo("Direction générale de la protection de l’enfance");
    assertThat(dgpe.version()).isEqualTo(1);
    assertThat(dgpe.asOf()).isEqualTo(Fixtures.CHECK_DAY);
    assertThat(dgpe.inForce()).isTrue();
    assertThat(dgpe.parent()).map(u -> u.id().value()).contains("masspf");
    assertThat(dgpe.children()).extracting(u -> u.id().value()).containsExactly("dpsv", "daed");
    assertThat(dgpe.commitments())
        .extracting(CommitmentSummary::id)
        .containsExactly(Ledger.DGPE_COMMITMENT);
    assertThat(dgpe.commitments().get(0).state()).contains(ScheduleState.OVERDUE);
    assertThat(dgpe.rollUp().commitments()).isEqualTo(2);
    assertThat(dgpe.rollUp().meanProgress().getAsDouble()).isCloseTo(35.0, within(1e-9));
    assertThat(dgpe.rollUp().states()).isEqualTo(Map.of(ScheduleState.OVERDUE, 2));
  }

  @Test
  void a_unit_dissolved_by_the_day_asked_stands_alone_with_nothing_rolled_up() {
    // given the child assistance directorate dissolved at the end of 2025 (made up for the test)
    ImmutableList<OrgUnit> units =
        Ledger.togoWithCommitments().units().stream()
            .map(
                u ->
                    u.id().value().equals("daed")
                        ? ImmutableOrgUnit.copyOf(u)
                            .withLifetime(Period.until(PartialDate.ofYear(2025)))
                        : u)
            .collect(ImmutableList.toImmutableList());
    Snapshot snapshot =
        new Snapshot(units, ImmutableList.of(), Ledger.togoWithCommitments().commitments());
    Civitas civitas = Fixtures.civitas(FakeStore.holding(snapshot), Fixtures.CHECK_DAY);

    // when
    UnitView daed = civitas.showUnit().show(ShowUnitQuery.today(UnitId.of("daed")));
    UnitView dgpe = civitas.showUnit().show(ShowUnitQuery.today(UnitId.of("dgpe")));
    UnitView daedIn2025 =
        civitas.showUnit().show(ShowUnitQuery.on(UnitId.of("daed"), LocalDate.of(2025, 6, 1)));

    // then
    assertThat(daed.inForce()).isFalse();
    assertThat(daed.parent()).isEmpty();
    assertThat(daed.rollUp().commitments()).isZero();
    assertThat(daed.commitments())
        .extracting(CommitmentSummary::id)
        .containsExactly(Ledger.DAED_COMMITMENT);
    assertThat(dgpe.children()).extracting(u -> u.id().value()).containsExactly("dpsv");
    assertThat(dgpe.rollUp().commitments()).isEqualTo(1);
    assertThat(daedIn2025.inForce()).isTrue();
    assertThat(daedIn2025.parent()).map(u -> u.id().value()).contains("dgpe");
  }

  @Test
  void an_unknown_unit_is_refused() {
    // given
    Civitas civitas =
        Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), Fixtures.CHECK_DAY);

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(() -> civitas.showUnit().show(ShowUnitQuery.today(UnitId.of("msisf"))))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(UnknownId.Kind.UNIT));
  }
}
