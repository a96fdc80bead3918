package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.civitas.domain.text.LocalizedText;

class UnitSearchProperties {

  @Property
  void a_unit_is_found_by_every_word_of_its_name_in_any_case(
      @ForAll @Size(min = 1, max = 6)
          List<@AlphaChars @StringLength(min = 1, max = 12) String> words,
      @ForAll boolean upper) {
    // given
    String name = String.join(" ", words);
    OrgUnit unit =
        OrgUnit.builder()
            .id(UnitId.of("unit"))
            .kind(UnitKind.SERVICE)
            .name(LocalizedText.of("fr", name))
            .build();
    String asked = upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);

    // when
    Optional<UnitSearch.Match> match = UnitSearch.of(asked).match(unit);

    // then
    assertThat(match).map(UnitSearch.Match::field).contains(UnitSearch.Field.NAME);
  }

  @Property
  void a_word_always_matches_itself_and_its_beginnings(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String word,
      @ForAll @IntRange(min = 1, max = 20) int length) {
    // given
    String normalised = UnitSearch.words(word).get(0);
    String beginning = normalised.substring(0, Math.min(length, normalised.length()));

    // when / then
    assertThat(UnitSearch.matches(normalised, normalised)).isTrue();
    assertThat(UnitSearch.matches(beginning, normalised)).isTrue();
  }
}
