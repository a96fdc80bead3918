package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dates sort by the day they start on; at one start, the vaguer date comes first. */
class PartialDateOrderTest {

  @Test
  void dates_sort_by_their_first_day_then_by_precision() {
    // given
    List<String> shuffled =
        List.of("2024-02", "2024-01-01", "2025", "2023-12-31", "2024-01", "2024", "2024-01-02");

    // when
    List<String> sorted =
        shuffled.stream().map(PartialDate::parse).sorted().map(PartialDate::toString).toList();

    // then
    assertThat(sorted)
        .containsExactly(
            "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-01-02", "2024-02", "2025");
  }

  @Test
  void two_dates_compare_equal_only_when_they_are_equal() {
    // given
    PartialDate year = PartialDate.parse("2024");
    PartialDate january = PartialDate.parse("2024-01");

    // when
    int yearAgainstJanuary = year.compareTo(january);

    // then
    assertThat(yearAgainstJanuary).isNegative();
    assertThat(january.compareTo(year)).isPositive();
    assertThat(january.compareTo(PartialDate.ofMonth(2024, 1))).isZero();
    assertThat(Stream.of(year, january).distinct()).hasSize(2);
  }
}
