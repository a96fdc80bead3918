package org.civitas.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.junit.jupiter.api.Test;

/**
 * A text says something in a named language: no language, a blank tag or blank words is refused.
 */
class BlankTextTest {

  private static InvariantViolation refusal(ThrowingCallable making) {
    InvariantViolation violation = catchThrowableOfType(InvariantViolation.class, making);
    assertThat(violation).as("the text should have been refused").isNotNull();
    assertThat(violation.invariant()).isEqualTo(Invariant.VALUE_REQUIRED);
    return violation;
  }

  @Test
  void a_text_in_no_language_is_refused() {
    // when
    InvariantViolation refusal = refusal(() -> LocalizedText.of(ImmutableMap.of()));

    // then
    assertThat(refusal).hasMessage("a text needs at least one language");
  }

  @Test
  void a_text_under_a_blank_language_tag_is_refused() {
    // when
    InvariantViolation refusal = refusal(() -> LocalizedText.of(" ", "Secrétariat général"));

    // then
    assertThat(refusal).hasMessage("a language tag cannot be blank");
  }

  @Test
  void a_blank_text_is_refused_with_its_language() {
    // when
    InvariantViolation refusal =
        refusal(() -> LocalizedText.of(ImmutableMap.of("fr", "Secrétariat général", "ar", " ")));

    // then
    assertThat(refusal).hasMessage("a text cannot be blank (ar)");
  }
}
