package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.activity;
import static org.civitas.domain.Fixtures.fr;

import java.time.LocalDate;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** How far an activity should have got on a day, from its start's first day to its end's last. */
class ExpectedProgressTest {

  private static Activity runningOver(String start, String end) {
    return activity("jalon", "Jalon", start, end, ActivityStatus.IN_PROGRESS, 0, 1);
  }

  @Test
  void nothing_is_expected_before_the_start() {
    // given January 2024 – December 2025
    Activity activity = runningOver("2024-01", "2025-12");

    // when
    var dayBefore = Progress.expected(activity, LocalDate.of(2023, 12, 31));
    var firstDay = Progress.expected(activity, LocalDate.of(2024, 1, 1));

    // then
    assertThat(dayBefore).hasValue(0);
    assertThat(firstDay).hasValue(0);
  }

  @Test
  void everything_is_expected_from_the_last_day_of_the_end_on() {
    // given January 2024 – December 2025
    Activity activity = runningOver("2024-01", "2025-12");

    // when
    var lastDay = Progress.expected(activity, LocalDate.of(2025, 12, 31));
    var dayAfter = Progress.expected(activity, LocalDate.of(2026, 1, 1));

    // then
    assertThat(lastDay).hasValue(100);
    assertThat(dayAfter).hasValue(100);
  }

  @Test
  void a_month_runs_from_its_first_to_its_last_day() {
    // given February 2024 – February 2024: 1 to 29 February, 28 days apart
    Activity activity = runningOver("2024-02", "2024-02");

    // when
    var midFebruary = Progress.expected(activity, LocalDate.of(2024, 2, 15));

    // then 14 days of 28
    assertThat(midFebruary).hasValue(50);
  }

  @Test
  void a_year_runs_from_the_first_of_january_to_the_thirty_first_of_december() {
    // given 2023 – 2023: 364 days apart
    Activity activity = runningOver("2023", "2023");

    // when
    var secondOfApril = Progress.expected(activity, LocalDate.of(2023, 4, 2));

    // then 91 days of 364
    assertThat(secondOfApril).hasValue(25);
  }

  @Test
  void in_between_it_grows_with_the_days_gone_by() {
    // given 1 January – 10 April 2024: 100 days apart
    Activity activity = runningOver("2024-01-01", "2024-04-10");

    // when
    var day30 = Progress.expected(activity, LocalDate.of(2024, 1, 31));
    var day31 = Progress.expected(activity, LocalDate.of(2024, 2, 1));

    // then one point a day
    assertThat(day30).hasValue(30);
    assertThat(day31).hasValue(31);
  }

  @Test
  void an_activity_of_one_day_is_expected_done_on_that_day() {
    // given 10 June 2024 – 10 June 2024
    Activity activity = runningOver("2024-06-10", "2024-06-10");

    // when
    var thatDay = Progress.expected(activity, LocalDate.of(2024, 6, 10));

    // then
    assertThat(thatDay).hasValue(100);
  }

  @Test
  void there_is_no_figure_without_both_dates() {
    // given
    PartialDate janvier2024 = PartialDate.parse("2024-01");
    Activity noEnd = withPeriod(Period.from(janvier2024));
    Activity noStart = withPeriod(Period.until(janvier2024));
    Activity noDates = withPeriod(Period.ALWAYS);
    LocalDate day = LocalDate.of(2024, 6, 30);

    // when / then
    assertThat(Progress.expected(noEnd, day)).isEmpty();
    assertThat(Progress.expected(noStart, day)).isEmpty();
    assertThat(Progress.expected(noDates, day)).isEmpty();
  }

  private static Activity withPeriod(Period period) {
    return new Activity(
        ActivityId.of("jalon"), fr("Jalon"), period, ActivityStatus.IN_PROGRESS, 0, 1);
  }
}
