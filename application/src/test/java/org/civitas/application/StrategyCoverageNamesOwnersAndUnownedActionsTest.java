package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.in.CoverageView;
import org.civitas.application.port.in.GetCoverageQuery;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.ImmutableStrategy;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.junit.jupiter.api.Test;

class StrategyCoverageNamesOwnersAndUnownedActionsTest {

  @Test
  void each_action_comes_with_its_owner_units_and_the_unowned_ones_stand_out() {
    // given the restructuring action given to the ministry (the source names no owner)
    Strategy strategy = Fixtures.poleSocial();
    Axis axis = strategy.axes().get(0);
    Objective restructuring = axis.objectives().get(0);
    Objective owned =
        new Objective(
            restructuring.id(),
            restructuring.number(),
            restructuring.title(),
            ImmutableList.of(
                Fixtures.action(
                    "axe-1-1-a",
                    restructuring.actions().get(0).text().text(),
                    UnitId.of("mssfds"))));
    Strategy withOwner =
        ImmutableStrategy.copyOf(strategy)
            .withAxes(
                new Axis(
                    axis.id(),
                    axis.kind(),
                    axis.number(),
                    axis.title(),
                    ImmutableList.of(owned, axis.objectives().get(1))));
    Snapshot snapshot =
        new Snapshot(
            ImmutableList.of(Fixtures.mssfds()), ImmutableList.of(withOwner), ImmutableList.of());
    Civitas civitas = Fixtures.civitas(FakeStore.holding(snapshot), Fixtures.CHECK_DAY);

    // when
    CoverageView coverage =
        civitas.getCoverage().coverage(GetCoverageQuery.today(Fixtures.POLE_SOCIAL));

    // then
    assertThat(coverage.coverage().actions()).hasSize(2);
    assertThat(coverage.coverage().unowned())
        .extracting(row -> row.action().id().value())
        .containsExactly("axe-1-4-b");
    assertThat(coverage.owners()).containsOnlyKeys(UnitId.of("mssfds"));
    assertThat(coverage.owners().get(UnitId.of("mssfds")).name().text())
        .isEqualTo(
            "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social");
  }
}
