package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A period that ends before it starts cannot be made; one that ends the month it starts can. */
class InvertedPeriodTest {

  @ParameterizedTest
  @CsvSource({"2025, 2024-06", "2024-07, 2024-06", "2024-06-10, 2024-06-09", "2025-01-01, 2024"})
  void an_end_before_the_start_is_refused(String start, String end) {
    // given
    PartialDate from = PartialDate.parse(start);
    PartialDate to = PartialDate.parse(end);

    // when / then
    assertThatThrownBy(() -> Period.of(from, to))
        .isInstanceOfSatisfying(
            InvariantViolation.class,
            e -> assertThat(e.invariant()).isEqualTo(Invariant.PERIOD_INVERTED));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-06, 2024-06",
    "2024-06-15, 2024-06",
    "2024-06, 2024-06-01",
    "2024, 2024-01",
    "2024, 2024"
  })
  void an_end_whose_last_day_is_not_before_the_start_is_accepted(String start, String end) {
    // given
    PartialDate from = PartialDate.parse(start);
    PartialDate to = PartialDate.parse(end);

    // when
    Period period = Period.of(from, to);

    // then
    assertThat(period.start()).contains(from);
    assertThat(period.end()).contains(to);
    assertThat(period.isBounded()).isTrue();
  }
}
