package org.civitas.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A ministry names the period it reports on as a year, a semester, a quarter or a month. */
class ReportingPeriodParsingTest {

  @ParameterizedTest(name = "{0} runs from {1} to {2}")
  @CsvSource({
    "2025, 2025-01-01, 2025-12-31",
    "2025-S1, 2025-01-01, 2025-06-30",
    "2025-S2, 2025-07-01, 2025-12-31",
    "2025-Q1, 2025-01-01, 2025-03-31",
    "2025-Q3, 2025-07-01, 2025-09-30",
    "2025-Q4, 2025-10-01, 2025-12-31",
    "2025-M07, 2025-07-01, 2025-07-31",
    "2024-M02, 2024-02-01, 2024-02-29",
    "2025-M02, 2025-02-01, 2025-02-28",
    "2025-M12, 2025-12-01, 2025-12-31"
  })
  void each_form_gives_its_first_and_last_day(String text, LocalDate first, LocalDate last) {
    // when
    ReportingPeriod period = ReportingPeriod.parse(text);

    // then
    assertThat(period.firstDay()).isEqualTo(first);
    assertThat(period.lastDay()).isEqualTo(last);
    assertThat(period).hasToString(text);
  }

  @Test
  void the_letter_may_be_written_in_lower_case_and_is_printed_in_upper_case() {
    // when
    ReportingPeriod period = ReportingPeriod.parse(" 2025-q3 ");

    // then
    assertThat(period).isEqualTo(ReportingPeriod.quarter(2025, 3)).hasToString("2025-Q3");
  }

  @Test
  void the_parts_are_read_as_written() {
    // when
    ReportingPeriod month = ReportingPeriod.parse("2025-M07");

    // then
    assertThat(month.year()).isEqualTo(2025);
    assertThat(month.length()).isEqualTo(ReportingPeriod.Length.MONTH);
    assertThat(month.number()).isEqualTo(7);
    assertThat(ReportingPeriod.parse("2025")).isEqualTo(ReportingPeriod.ofYear(2025));
    assertThat(ReportingPeriod.parse("2025-S2")).isEqualTo(ReportingPeriod.semester(2025, 2));
    assertThat(ReportingPeriod.parse("2025-M11")).isEqualTo(ReportingPeriod.month(2025, 11));
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(
      strings = {
        "",
        "25",
        "2025-",
        "2025-S0",
        "2025-S3",
        "2025-Q0",
        "2025-Q5",
        "2025-M7",
        "2025-M00",
        "2025-M13",
        "2025-07",
        "2025-H1",
        "2025-S2-Q1",
        "S2-2025",
        "0000"
      })
  void anything_else_is_refused_with_a_message_naming_the_forms(String text) {
    // when / then
    assertThatThrownBy(() -> ReportingPeriod.parse(text))
        .isInstanceOfSatisfying(
            InvariantViolation.class,
            e -> assertThat(e.invariant()).isEqualTo(Invariant.DATE_INVALID))
        .hasMessage(
            "'"
                + text
                + "' is not a reporting period: write YYYY, YYYY-Sn (semester, n 1–2), YYYY-Qn"
                + " (quarter, n 1–4) or YYYY-Mmm (month, mm 01–12), e.g. 2025-S2");
    assertThat(ReportingPeriod.tryParse(text)).isEmpty();
  }

  @Test
  void try_parse_gives_a_valid_period() {
    // when / then
    assertThat(ReportingPeriod.tryParse("2026-Q1")).contains(ReportingPeriod.quarter(2026, 1));
  }

  @Test
  void a_period_outside_the_year_cannot_be_made() {
    // when / then
    assertThatThrownBy(() -> ReportingPeriod.quarter(2025, 5))
        .isInstanceOf(InvariantViolation.class)
        .hasMessage("a year has no quarter 5");
    assertThatThrownBy(() -> ReportingPeriod.month(2025, 0))
        .isInstanceOf(InvariantViolation.class)
        .hasMessage("a year has no month 0");
    assertThatThrownBy(() -> new ReportingPeriod(2025, ReportingPeriod.Length.YEAR, 2))
        .isInstanceOf(InvariantViolation.class)
        .hasMessage("a year has no year 2");
    assertThatThrownBy(() -> ReportingPeriod.ofYear(10000))
        .isInstanceOf(InvariantViolation.class)
        .hasMessage("year 10000 is out of range");
    assertThatThrownBy(() -> ReportingPeriod.ofYear(0))
        .isInstanceOf(InvariantViolation.class)
        .hasMessage("year 0 is out of range");
  }
}
