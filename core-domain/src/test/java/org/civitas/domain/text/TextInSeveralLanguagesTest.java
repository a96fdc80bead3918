package org.civitas.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;

/**
 * A name written in French and Arabic is read in the language asked, or in the one it was first
 * written in when that language is missing.
 */
class TextInSeveralLanguagesTest {

  private static final LocalizedText DGPE =
      LocalizedText.of(
          ImmutableMap.of(
              "fr", "Direction générale de la protection de l’enfance",
              "ar", "المديرية العامة لحماية الطفولة"));

  @Test
  void the_text_is_read_in_the_language_asked() {
    // given
    LocalizedText name = DGPE;

    // when
    String arabic = name.in("ar");
    String french = name.in("fr");

    // then
    assertThat(arabic).isEqualTo("المديرية العامة لحماية الطفولة");
    assertThat(french).isEqualTo("Direction générale de la protection de l’enfance");
  }

  @Test
  void a_language_the_text_lacks_falls_back_to_its_own_language() {
    // given
    LocalizedText name = DGPE;

    // when
    String english = name.in("en");

    // then
    assertThat(english).isEqualTo("Direction générale de la protection de l’enfance");
  }

  @Test
  void the_first_language_given_is_the_language_it_was_written_in() {
    // given the same name given Arabic first
    LocalizedText arabicFirst =
        LocalizedText.of(
            ImmutableMap.of(
                "ar", "المديرية العامة لحماية الطفولة",
                "fr", "Direction générale de la protection de l’enfance"));

    // when / then
    assertThat(DGPE.language()).isEqualTo("fr");
    assertThat(arabicFirst.language()).isEqualTo("ar");
    assertThat(arabicFirst.text()).isEqualTo("المديرية العامة لحماية الطفولة");
    assertThat(arabicFirst).hasToString("المديرية العامة لحماية الطفولة");
  }
}
