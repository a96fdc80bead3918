package org.civitas.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.junit.jupiter.api.Test;

/** An identifier is at most 64 characters long, so that it stays readable in a path or a URL. */
class IdentifierLengthTest {

  /** {@code direction-generale-} followed by {@code a}s up to {@code length} characters. */
  private static String slugOf(int length) {
    String prefix = "direction-generale-";
    return prefix + "a".repeat(length - prefix.length());
  }

  @Test
  void an_id_of_64_characters_is_valid() {
    // given
    String id = slugOf(64);

    // when
    String accepted = Slug.require(id, "unit id");

    // then
    assertThat(accepted).isEqualTo(id);
    assertThat(Slug.isValid(id)).isTrue();
  }

  @Test
  void an_id_of_65_characters_is_refused_with_the_limit() {
    // given
    String id = slugOf(65);

    // when
    InvariantViolation refusal =
        catchThrowableOfType(InvariantViolation.class, () -> Slug.require(id, "unit id"));

    // then
    assertThat(Slug.isValid(id)).isFalse();
    assertThat(refusal.invariant()).isEqualTo(Invariant.ID_INVALID);
    assertThat(refusal)
        .hasMessage(
            "'"
                + id
                + "' is not a valid unit id: use lower-case letters, digits and single hyphens"
                + " (e.g. 'direction-famille'), at most 64 characters");
  }
}
