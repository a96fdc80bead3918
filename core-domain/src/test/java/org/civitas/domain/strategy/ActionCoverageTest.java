package org.civitas.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civitas.domain.Fixtures.action;
import static org.civitas.domain.Fixtures.axis;
import static org.civitas.domain.Fixtures.objective;
import static org.civitas.domain.Fixtures.strategy;

import java.util.List;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.Coverage.ActionOwnership;
import org.junit.jupiter.api.Test;

/** Which unit owns each action of a strategy, and which actions nobody owns. */
class ActionCoverageTest {

  private static final Strategy FOUR_PLUS_FOUR =
      strategy(
          "pole-social-4-4",
          "Stratégie du pôle Social 4+4",
          axis(
              "axe-1",
              1,
              "Appui institutionnel et renforcement au pôle social",
              objective(
                  "axe-1-1",
                  1,
                  "Restructuration des composantes du Pôle social",
                  action("axe-1-1-a", "Préparer un nouveau projet de restructuration", "sg")),
              objective(
                  "axe-1-2",
                  2,
                  "Unification du Pôle social",
                  action("axe-1-2-a", "Préparer un cadre contractuel", "sg", "daaf"),
                  action("axe-1-2-b", "Elaborer une charte de complémentarité"))),
          axis(
              "axe-2",
              2,
              "Encadrement de l'action sociale",
              objective(
                  "axe-2-1",
                  1,
                  "Soutenir les acteurs du développement",
                  action("axe-2-1-a", "Renforcement des capacités des acteurs"))));

  @Test
  void every_action_is_listed_with_its_axis_and_objective() {
    // given
    Strategy strategy = FOUR_PLUS_FOUR;

    // when
    Coverage coverage = Coverage.of(strategy);

    // then
    assertThat(coverage.strategy()).isEqualTo(StrategyId.of("pole-social-4-4"));
    assertThat(coverage.actions())
        .extracting(
            row -> row.axis().id().value(),
            row -> row.objective().id().value(),
            row -> row.action().id().value())
        .containsExactly(
            tuple("axe-1", "axe-1-1", "axe-1-1-a"),
            tuple("axe-1", "axe-1-2", "axe-1-2-a"),
            tuple("axe-1", "axe-1-2", "axe-1-2-b"),
            tuple("axe-2", "axe-2-1", "axe-2-1-a"));
  }

  @Test
  void an_action_with_at_least_one_owner_is_owned() {
    // given
    Coverage coverage = Coverage.of(FOUR_PLUS_FOUR);

    // when / then
    assertThat(coverage.actions())
        .extracting(ActionOwnership::isOwned)
        .containsExactly(true, true, false, false);
  }

  @Test
  void the_actions_nobody_owns_are_the_unowned_ones_in_document_order() {
    // given
    Coverage coverage = Coverage.of(FOUR_PLUS_FOUR);

    // when
    var unowned = coverage.unowned();

    // then
    assertThat(unowned)
        .extracting(row -> row.action().id().value())
        .containsExactly("axe-1-2-b", "axe-2-1-a");
  }

  @Test
  void the_owners_given_replace_those_the_record_names() {
    // given the owners of a day: the SG's actions passed to the DGAS
    UnitId sg = UnitId.of("sg");
    UnitId dgas = UnitId.of("dgas");

    // when
    Coverage coverage =
        Coverage.of(
            FOUR_PLUS_FOUR,
            action ->
                action.owners().stream().map(owner -> owner.equals(sg) ? dgas : owner).toList());

    // then
    assertThat(coverage.actions())
        .extracting(row -> row.action().id().value(), ActionOwnership::owners)
        .containsExactly(
            tuple("axe-1-1-a", List.of(dgas)),
            tuple("axe-1-2-a", List.of(dgas, UnitId.of("daaf"))),
            tuple("axe-1-2-b", List.of()),
            tuple("axe-2-1-a", List.of()));
    Action second = coverage.actions().get(1).action();
    assertThat(coverage.ownersOf(second)).containsExactly(dgas, UnitId.of("daaf"));
    assertThat(Coverage.of(FOUR_PLUS_FOUR).ownersOf(second)).containsExactly(sg, UnitId.of("daaf"));
    assertThat(coverage.unowned()).hasSize(2);
  }
}
