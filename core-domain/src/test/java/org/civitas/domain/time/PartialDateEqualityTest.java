package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A date equals only the same date written at the same precision; dates near each other hash apart,
 * so that figures keyed by date stay quick to find.
 */
class PartialDateEqualityTest {

  @Test
  void a_year_a_month_and_a_day_that_start_together_are_three_dates() {
    // given
    PartialDate year = PartialDate.parse("2024");
    PartialDate january = PartialDate.parse("2024-01");
    PartialDate firstOfJanuary = PartialDate.parse("2024-01-01");

    // when / then
    assertThat(year).isNotEqualTo(january).isNotEqualTo(firstOfJanuary);
    assertThat(january).isNotEqualTo(firstOfJanuary);
    assertThat(january).isEqualTo(PartialDate.ofMonth(2024, 1));
    assertThat(january).hasSameHashCodeAs(PartialDate.ofMonth(2024, 1));
  }

  @Test
  void the_dates_of_four_years_at_every_precision_hash_apart() {
    // given every year, month and day from 2023 to 2026
    Set<PartialDate> dates = new HashSet<>();
    for (int year = 2023; year <= 2026; year++) {
      dates.add(PartialDate.ofYear(year));
      for (int month = 1; month <= 12; month++) {
        dates.add(PartialDate.ofMonth(year, month));
      }
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        dates.add(PartialDate.of(day));
      }
    }

    // when
    long hashes = dates.stream().mapToInt(PartialDate::hashCode).distinct().count();

    // then
    assertThat(dates).hasSize(4 + 4 * 12 + 365 * 3 + 366);
    assertThat(hashes).isEqualTo(dates.size());
  }
}
