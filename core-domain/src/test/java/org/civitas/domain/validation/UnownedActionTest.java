package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.action;
import static org.civitas.domain.Fixtures.axis;
import static org.civitas.domain.Fixtures.objective;
import static org.civitas.domain.Fixtures.strategy;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withStrategies;

import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class UnownedActionTest {

  private static final String CODE = "action.unowned";

  @Test
  void an_action_nobody_owns_is_reported() {
    // given: the second action of the first objective names no owner, as in seed 001
    Snapshot snapshot =
        withStrategies(
            strategy(
                "pole-social-4-4",
                "Stratégie du pôle Social 4+4",
                axis(
                    "axe-1",
                    1,
                    "Appui institutionnel et renforcement au pôle social",
                    objective(
                        "axe-1-4",
                        4,
                        "Renforcement des capacités des ressources humaines",
                        action(
                            "axe-1-4-a",
                            "Préparer et mettre en œuvre des programmes de formation",
                            "sg"),
                        action("axe-1-4-b", "Soutenir des formations adéquates")))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.INFO,
                "/strategies/0/axes/0/objectives/0/actions/1/owners",
                "'axe-1-4-b'"));
  }

  @Test
  void actions_with_owners_are_not_reported() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
