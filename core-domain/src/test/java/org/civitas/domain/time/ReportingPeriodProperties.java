package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A reporting period prints as it parsed, and the periods of one length tile their year. */
class ReportingPeriodProperties {

  @Property(tries = 500)
  void parsing_what_a_period_prints_gives_the_period_back(@ForAll("periods") ReportingPeriod p) {
    // given a valid period

    // when
    ReportingPeriod reread = ReportingPeriod.parse(p.toString());

    // then
    assertThat(reread).isEqualTo(p);
  }

  @Property(tries = 300)
  void the_periods_of_one_length_tile_the_year_without_overlap(
      @ForAll @IntRange(min = 1, max = 9999) int year,
      @ForAll ReportingPeriod.Length length,
      @ForAll("daysOfAYear") int dayOfYear) {
    // given the periods of that length in the year, and one of its days
    List<ReportingPeriod> periods = ReportingPeriod.of(year, length).toList();
    LocalDate day =
        LocalDate.ofYearDay(year, Math.min(dayOfYear, LocalDate.of(year, 1, 1).lengthOfYear()));

    // when
    List<ReportingPeriod> holding = periods.stream().filter(p -> p.contains(day)).toList();

    // then each day is in exactly one, and each period begins the day after the one before ends
    assertThat(holding).hasSize(1);
    assertThat(periods).hasSize(length.perYear());
    assertThat(periods.get(0).firstDay()).isEqualTo(LocalDate.of(year, 1, 1));
    assertThat(periods.get(periods.size() - 1).lastDay()).isEqualTo(LocalDate.of(year, 12, 31));
    for (int i = 1; i < periods.size(); i++) {
      assertThat(periods.get(i).eve()).isEqualTo(periods.get(i - 1).lastDay());
    }
  }

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9999),
            Arbitraries.of(ReportingPeriod.Length.class),
            Arbitraries.integers().between(1, 12))
        .filter((year, length, n) -> n <= length.perYear())
        .as(ReportingPeriod::new);
  }

  @Provide
  Arbitrary<Integer> daysOfAYear() {
    return Arbitraries.integers().between(1, 366);
  }
}
