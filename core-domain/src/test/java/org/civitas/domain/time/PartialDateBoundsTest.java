package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** As a start a date means its first day, as an end its last day. */
class PartialDateBoundsTest {

  @ParameterizedTest
  @CsvSource({
    "2024,       2024-01-01, 2024-12-31",
    "2024-02,    2024-02-01, 2024-02-29",
    "2023-02,    2023-02-01, 2023-02-28",
    "2025-12,    2025-12-01, 2025-12-31",
    "2024-06-15, 2024-06-15, 2024-06-15"
  })
  void a_date_covers_the_days_from_its_first_to_its_last(
      String text, LocalDate first, LocalDate last) {
    // given
    PartialDate date = PartialDate.parse(text);

    // when
    LocalDate firstDay = date.firstDay();
    LocalDate lastDay = date.lastDay();

    // then
    assertThat(firstDay).isEqualTo(first);
    assertThat(lastDay).isEqualTo(last);
  }
}
