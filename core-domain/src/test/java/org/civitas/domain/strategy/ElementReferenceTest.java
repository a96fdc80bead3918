package org.civitas.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A commitment names the element of a strategy it answers as {@code STRATEGY_ID/ELEMENT_ID}. */
class ElementReferenceTest {

  @Test
  void a_reference_reads_as_a_strategy_and_one_of_its_elements() {
    // when
    ElementRef ref = ElementRef.parse("pole-social-4-4/axe-1-2");

    // then
    assertThat(ref.strategy()).isEqualTo(StrategyId.of("pole-social-4-4"));
    assertThat(ref.element()).isEqualTo(ElementId.of("axe-1-2"));
    assertThat(ref).hasToString("pole-social-4-4/axe-1-2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"axe-1", "/axe-1", "pole-social-4-4/axe-1/axe-1-2"})
  void a_reference_without_exactly_one_strategy_and_one_element_is_refused(String text) {
    // when
    InvariantViolation refusal =
        catchThrowableOfType(InvariantViolation.class, () -> ElementRef.parse(text));

    // then
    assertThat(refusal.invariant()).isEqualTo(Invariant.ID_INVALID);
    assertThat(refusal)
        .hasMessage(
            "'"
                + text
                + "' is not a strategy element reference: write STRATEGY_ID/ELEMENT_ID"
                + " (e.g. pole-social-4-4/axe-1)");
  }
}
