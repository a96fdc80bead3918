package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.in.FindUnitsQuery;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitSearch;
import org.junit.jupiter.api.Test;

class FindingUnitsByWhatPeopleRememberTest {

  private final Civitas civitas =
      Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), Fixtures.CHECK_DAY);

  @Test
  void protection_enfant_finds_the_child_protection_directorate_first() {
    // when
    ImmutableList<UnitSearch.Match> found =
        civitas.findUnits().find(new FindUnitsQuery("protection enfant"));

    // then the directorate by its name, then the one whose attribution speaks of protection
    assertThat(found).extracting(m -> m.unit().id().value()).containsExactly("dgpe", "daed");
    assertThat(found)
        .extracting(UnitSearch.Match::field)
        .containsExactly(UnitSearch.Field.NAME, UnitSearch.Field.ATTRIBUTION);
  }

  @Test
  void case_accents_and_order_do_not_matter() {
    // when
    ImmutableList<UnitSearch.Match> found =
        civitas.findUnits().find(new FindUnitsQuery("ENFANCE protéction"));

    // then
    assertThat(found).extracting(m -> m.unit().id().value()).startsWith("dgpe");
  }

  @Test
  void nothing_is_found_when_one_word_matches_nowhere() {
    // when
    ImmutableList<UnitSearch.Match> found =
        civitas.findUnits().find(new FindUnitsQuery("protection tribunal"));

    // then
    assertThat(found).isEmpty();
  }

  @Test
  void a_search_without_words_is_refused() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class).isThrownBy(() -> new FindUnitsQuery(" – "));
  }
}
