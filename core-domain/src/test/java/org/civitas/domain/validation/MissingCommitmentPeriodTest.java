package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withCommitments;

import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class MissingCommitmentPeriodTest {

  private static final String CODE = "commitment.period.missing";

  @Test
  void a_commitment_without_an_end_is_reported() {
    // given
    Snapshot snapshot = withCommitments(upe().withPeriod(Period.from(date("2024-01"))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/commitments/0/period", "'upe'", "no end"));
  }

  @Test
  void a_commitment_without_a_start_is_reported() {
    // given
    Snapshot snapshot = withCommitments(upe().withPeriod(Period.until(date("2025-12"))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/commitments/0/period", "'upe'", "no start"));
  }

  @Test
  void a_commitment_without_any_period_is_reported_once() {
    // given
    Snapshot snapshot = withCommitments(upe().withPeriod(Period.ALWAYS));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/period",
                "'upe'",
                "neither a start nor an end"));
  }

  @Test
  void a_commitment_with_both_dates_is_not_reported() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_commitment_whose_source_gives_no_period_is_reported() {
    // given the UPE commitment as a source without dates would give it
    Commitment undated =
        Commitment.builder().id(upe().id()).title(upe().title()).lead(upe().lead()).build();
    Snapshot snapshot = withCommitments(undated);

    // when / then
    assertThat(undated.period()).isEqualTo(Period.ALWAYS);
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/period",
                "'upe'",
                "neither a start nor an end"));
  }
}
