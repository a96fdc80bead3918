package org.civitas.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.action;
import static org.civitas.domain.Fixtures.axis;
import static org.civitas.domain.Fixtures.objective;
import static org.civitas.domain.Fixtures.poleSocial;

import org.junit.jupiter.api.Test;

/** A strategy lists its objectives and actions across its axes, and knows its element ids. */
class StrategyElementsTest {

  /** The first axis of the 4+4 and, after it, the first objective of its second axis. */
  private static Strategy twoAxes() {
    return poleSocial()
        .withAxes(
            poleSocial().axes().get(0),
            axis(
                "axe-2",
                2,
                "Encadrement, accompagnement et structuration de l'action sociale",
                objective(
                    "axe-2-1",
                    1,
                    "Soutenir et accompagner les acteurs du développement",
                    action("axe-2-1-a", "Renforcement des capacités des acteurs"),
                    action("axe-2-1-b", "Appui financier aux associations"))));
  }

  @Test
  void the_objectives_of_every_axis_come_in_document_order() {
    // given
    Strategy strategy = twoAxes();

    // when
    var objectives = strategy.objectives().map(o -> o.id().value()).toList();

    // then
    assertThat(objectives).containsExactly("axe-1-1", "axe-1-2", "axe-2-1");
  }

  @Test
  void the_actions_of_every_objective_come_in_document_order() {
    // given
    Strategy strategy = twoAxes();

    // when
    var actions = strategy.actions().map(a -> a.id().value()).toList();

    // then
    assertThat(actions).containsExactly("axe-1-1-a", "axe-1-2-a", "axe-2-1-a", "axe-2-1-b");
  }

  @Test
  void an_axis_an_objective_and_an_action_are_elements_of_their_strategy() {
    // given
    Strategy strategy = twoAxes();

    // when / then
    assertThat(strategy.hasElement(ElementId.of("axe-2"))).isTrue();
    assertThat(strategy.hasElement(ElementId.of("axe-2-1"))).isTrue();
    assertThat(strategy.hasElement(ElementId.of("axe-2-1-b"))).isTrue();
  }

  @Test
  void an_id_no_element_has_is_not_an_element() {
    // given
    Strategy strategy = twoAxes();

    // when / then
    assertThat(strategy.hasElement(ElementId.of("axe-3"))).isFalse();
    assertThat(strategy.hasElement(ElementId.of("pole-social-4-4"))).isFalse();
  }
}
