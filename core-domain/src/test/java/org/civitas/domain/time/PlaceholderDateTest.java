package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** « Janvier 1970 » on a commitment page is a system default, not a date anyone entered. */
class PlaceholderDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"1970-01", "1970-01-01", "1900-01", "1900-01-01"})
  void the_first_of_january_1970_or_1900_is_a_placeholder(String text) {
    // given
    PartialDate date = PartialDate.parse(text);

    // when
    boolean placeholder = date.isPlaceholder();

    // then
    assertThat(placeholder).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1970", "1900", "1970-02", "1970-01-02", "1900-12-31", "2024-01", "2024-01-01"})
  void other_dates_are_real(String text) {
    // given
    PartialDate date = PartialDate.parse(text);

    // when
    boolean placeholder = date.isPlaceholder();

    // then
    assertThat(placeholder).isFalse();
  }
}
