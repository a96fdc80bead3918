package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.civitas.domain.Fixtures.fr;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.junit.jupiter.api.Test;

/** An attribution is tagged with themes written as identifiers, so that they can be searched. */
class AttributionThemesTest {

  private static final String TEXT = "assurer le suivi administratif des dossiers";

  @Test
  void themes_written_as_identifiers_are_kept_in_order() {
    // when
    Attribution attribution =
        new Attribution(fr(TEXT), ImmutableList.of("administration", "suivi-evaluation"));

    // then
    assertThat(attribution.themes()).containsExactly("administration", "suivi-evaluation");
  }

  @Test
  void a_theme_that_is_not_an_identifier_is_refused() {
    // when
    InvariantViolation refusal =
        catchThrowableOfType(
            InvariantViolation.class,
            () ->
                new Attribution(fr(TEXT), ImmutableList.of("administration", "Suivi évaluation")));

    // then
    assertThat(refusal.invariant()).isEqualTo(Invariant.ID_INVALID);
    assertThat(refusal).hasMessageStartingWith("'Suivi évaluation' is not a valid theme");
  }

  @Test
  void an_attribution_made_from_its_text_alone_has_no_theme() {
    // when
    Attribution attribution = Attribution.of(fr(TEXT));

    // then
    assertThat(attribution.text()).isEqualTo(fr(TEXT));
    assertThat(attribution.themes()).isEmpty();
  }
}
