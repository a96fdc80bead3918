package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.ShowStrategyQuery;
import org.civitas.application.port.in.StrategyView;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.StrategyId;
import org.junit.jupiter.api.Test;

class ShowingAStrategyGivesItsCoverageAndTheCommitmentsServingItTest {

  @Test
  void a_strategy_lists_its_actions_and_the_commitments_that_contribute_to_it() {
    // given the UPE commitment linked to the training objective of the 4+4 strategy (a link
    // made up for the test) and one that serves no strategy
    Snapshot snapshot =
        new Snapshot(
            ImmutableList.of(Fixtures.mssfds(), Fixtures.moroccoUpe().units().get(0)),
            ImmutableList.of(Fixtures.poleSocial()),
            ImmutableList.of(
                ImmutableCommitment.copyOf(Fixtures.upe())
                    .withContributesTo(ElementRef.parse("pole-social-4-4/axe-1-4")),
                Ledger.ledBy(CommitmentId.of("unlinked"), "msisf")));
    Civitas civitas = Fixtures.civitas(FakeStore.holding(snapshot), Fixtures.CHECK_DAY);

    // when
    StrategyView view = civitas.showStrategy().show(ShowStrategyQuery.today(Fixtures.POLE_SOCIAL));

    // then
    assertThat(view.strategy().title().text()).isEqualTo("Stratégie du pôle Social");
    assertThat(view.version()).isEqualTo(1);
    assertThat(view.coverage().actions())
        .extracting(row -> row.action().id().value())
        .containsExactly("axe-1-1-a", "axe-1-4-b");
    assertThat(view.commitments()).extracting(CommitmentSummary::id).containsExactly(Fixtures.UPE);
    assertThat(view.commitments().get(0).state()).contains(ScheduleState.OVERDUE);
  }

  @Test
  void an_unknown_strategy_is_refused() {
    // given
    Civitas civitas =
        Fixtures.civitas(FakeStore.holding(Fixtures.moroccoUpe()), Fixtures.CHECK_DAY);

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () -> civitas.showStrategy().show(ShowStrategyQuery.today(StrategyId.of("gissr"))))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(UnknownId.Kind.STRATEGY));
  }
}
