package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A date prints as it parsed, and parses as it printed, at every precision. */
class PartialDateRoundTripProperties {

  @Property(tries = 500)
  void parsing_what_a_date_prints_gives_the_date_back(@ForAll("dates") PartialDate date) {
    // given a valid date

    // when
    PartialDate reread = PartialDate.parse(date.toString());

    // then
    assertThat(reread).isEqualTo(date);
  }

  @Property(tries = 500)
  void printing_what_was_parsed_gives_the_text_back(@ForAll("texts") String text) {
    // given the text of a valid date, YYYY, YYYY-MM or YYYY-MM-DD

    // when
    String printed = PartialDate.parse(text).toString();

    // then
    assertThat(printed).isEqualTo(text);
  }

  @Provide
  Arbitrary<PartialDate> dates() {
    return Combinators.combine(days(), Arbitraries.of(PartialDate.Precision.class))
        .as(
            (day, precision) ->
                switch (precision) {
                  case YEAR -> PartialDate.ofYear(day.getYear());
                  case MONTH -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
                  case DAY ->
                      PartialDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
                });
  }

  @Provide
  Arbitrary<String> texts() {
    // LocalDate prints YYYY-MM-DD; its first 4 or 7 characters are the year and the month.
    return Combinators.combine(days(), Arbitraries.of(4, 7, 10))
        .as((day, length) -> day.toString().substring(0, length));
  }

  /** Every day of years 1 to 9999, the years a PartialDate can hold. */
  private static Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }
}
