package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.validation.ValidationFixtures.activity;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.formation;
import static org.civitas.domain.validation.ValidationFixtures.period;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withCommitments;

import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class ActivityOutsidePeriodTest {

  private static final String CODE = "activity.outside-period";

  private static Activity suiviFrom(Period dates) {
    return activity(
        "suivi", "Suivi de l'appui aux associations", dates, ActivityStatus.IN_PROGRESS, 30);
  }

  /** The UPE commitment (January 2024 – December 2025) with suivi on {@code dates}. */
  private static Snapshot upeWithSuivi(Period dates) {
    return withCommitments(upe().withActivities(suiviFrom(dates), formation()));
  }

  @Test
  void an_activity_starting_before_its_commitment_is_reported_at_its_start() {
    // given
    Snapshot snapshot = upeWithSuivi(period("2023-06", "2025-12"));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/activities/0/start",
                "'suivi'",
                "2023-06",
                "'upe'",
                "2024-01 – 2025-12"));
  }

  @Test
  void an_activity_ending_after_its_commitment_is_reported_at_its_end() {
    // given
    Snapshot snapshot = upeWithSuivi(period("2024-01", "2026-03-31"));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/activities/0/end",
                "'suivi'",
                "2026-03-31"));
  }

  @Test
  void an_activity_wholly_after_its_commitment_is_reported_on_both_dates() {
    // given
    Snapshot snapshot = upeWithSuivi(period("2026-01", "2026-06"));

    // when / then
    assertThat(validate(snapshot))
        .satisfiesExactly(
            finding(CODE, Severity.WARNING, "/commitments/0/activities/0/start", "2026-01"),
            finding(CODE, Severity.WARNING, "/commitments/0/activities/0/end", "2026-06"));
  }

  @Test
  void dates_that_cover_the_same_days_at_another_precision_are_inside() {
    // given: from the first day of January 2024 to the whole year 2025
    Snapshot snapshot = upeWithSuivi(period("2024-01-01", "2025"));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void an_activity_is_not_compared_with_a_bound_the_commitment_does_not_give() {
    // given: the commitment has no end, the activity runs to 2030
    Snapshot snapshot =
        withCommitments(
            upe()
                .withPeriod(Period.from(date("2024-01")))
                .withActivities(suiviFrom(period("2024-03", "2030-12")), formation()));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_clean_ministry_has_its_activities_within_their_commitment() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
