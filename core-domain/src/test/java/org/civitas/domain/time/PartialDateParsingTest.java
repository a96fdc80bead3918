package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A date is read as precisely as the source wrote it, and printed back the same way. */
class PartialDateParsingTest {

  @Test
  void a_year_is_read_as_a_year() {
    // given « 2024 »
    // when
    PartialDate date = PartialDate.parse("2024");

    // then
    assertThat(date.precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(date.year()).isEqualTo(2024);
    assertThat(date.month()).isEmpty();
    assertThat(date.day()).isEmpty();
    assertThat(date).hasToString("2024");
  }

  @Test
  void a_month_is_read_as_a_month() {
    // given « Janvier 2024 » as a dataset writes it
    // when
    PartialDate date = PartialDate.parse("2024-01");

    // then
    assertThat(date.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(date.month()).contains(1);
    assertThat(date.day()).isEmpty();
    assertThat(date).isEqualTo(PartialDate.ofMonth(2024, 1)).hasToString("2024-01");
  }

  @Test
  void a_day_is_read_as_a_day() {
    // given
    // when
    PartialDate date = PartialDate.parse("2012-04-04");

    // then
    assertThat(date.precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(date.month()).contains(4);
    assertThat(date.day()).contains(4);
    assertThat(date).isEqualTo(PartialDate.ofDay(2012, 4, 4)).hasToString("2012-04-04");
  }

  @Test
  void the_29th_of_february_of_a_leap_year_exists() {
    // given
    // when
    PartialDate date = PartialDate.parse("2024-02-29");

    // then
    assertThat(date.day()).contains(29);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29",
        "2024-02-30",
        "2024-13",
        "2024-00",
        "0000",
        "0000-01",
        "24-01",
        "",
        "2024-1",
        "2024/01",
        "janvier 2024",
        "2024-01-1"
      })
  void what_is_not_a_date_of_the_calendar_is_refused(String text) {
    // given text that is no PartialDate

    // when / then
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOfSatisfying(
            InvariantViolation.class,
            e -> assertThat(e.invariant()).isEqualTo(Invariant.DATE_INVALID));
  }

  @Test
  void a_refused_date_is_an_empty_answer_when_asked_to_try() {
    // given
    // when
    Optional<PartialDate> date = PartialDate.tryParse("2023-02-29");

    // then
    assertThat(date).isEmpty();
    assertThat(PartialDate.tryParse("2023-02")).contains(PartialDate.ofMonth(2023, 2));
  }

  @Test
  void a_day_outside_the_years_1_to_9999_is_refused() {
    // given a day of the calendar a dataset cannot write
    LocalDate day = LocalDate.of(10_000, 1, 1);

    // when / then
    assertThatThrownBy(() -> PartialDate.of(day))
        .isInstanceOfSatisfying(
            InvariantViolation.class,
            e -> assertThat(e.invariant()).isEqualTo(Invariant.DATE_INVALID))
        .hasMessage("year 10000 is out of range");
  }
}
