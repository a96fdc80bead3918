package org.civitas.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two titles count as the same when they differ only by case, accents, the form of their
 * apostrophes and the spaces between words.
 */
class SameTitleTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Direction générale de la protection de l’enfance"
            + "|direction generale de la protection de l'enfance",
        "DIRECTION GÉNÉRALE DE L’ACTION SOCIALE|direction generale de l'action sociale",
        "Secrétariat\u00a0général|secretariat general",
        "  Secrétariat   général\t|secretariat general",
        "Direction\u00a0 \u00a0des personnes âgées|direction des personnes agees"
      })
  void a_title_is_compared_by_its_key(String title, String key) {
    // given a title as a source writes it

    // when
    String compared = LocalizedText.comparisonKey(title);

    // then
    assertThat(compared).isEqualTo(key);
  }

  @Test
  void titles_that_differ_by_a_word_have_different_keys() {
    // given
    String children = "Direction de la protection de l’enfance";
    String family = "Direction de la protection de la famille";

    // when / then
    assertThat(LocalizedText.comparisonKey(children))
        .isNotEqualTo(LocalizedText.comparisonKey(family));
  }
}
