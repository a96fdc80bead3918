package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.validation.ValidationFixtures.activity;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.formation;
import static org.civitas.domain.validation.ValidationFixtures.period;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withCommitments;

import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusProgressMismatchTest {

  private static final String CODE = "status.progress-mismatch";

  /** The UPE commitment whose second activity reports {@code status} and {@code progress}. */
  private static Snapshot formationReported(ActivityStatus status, double progress) {
    return withCommitments(
        upe()
            .withActivities(
                formation(),
                activity(
                    "suivi",
                    "Suivi de l'appui aux associations",
                    period("2024-01", "2025-12"),
                    status,
                    progress)));
  }

  @ParameterizedTest(name = "{0} at {1} %")
  @CsvSource({
    "COMPLETED,   80,  80 %",
    "COMPLETED,   99.5, 99.5 %",
    "NOT_STARTED, 10,  10 %",
    "IN_PROGRESS, 100, 100 %",
    "CANCELLED,   100, 100 %",
  })
  void a_status_that_contradicts_the_progress_is_reported(
      ActivityStatus status, double progress, String shown) {
    // given
    Snapshot snapshot = formationReported(status, progress);

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/activities/1/progress",
                "'suivi'",
                status.code(),
                shown));
  }

  @ParameterizedTest(name = "{0} at {1} %")
  @CsvSource({
    "COMPLETED,   100",
    "NOT_STARTED, 0",
    "IN_PROGRESS, 0",
    "IN_PROGRESS, 99",
    "CANCELLED,   40",
    "CANCELLED,   0",
  })
  void a_status_that_fits_the_progress_is_not_reported(ActivityStatus status, double progress) {
    // given
    Snapshot snapshot = formationReported(status, progress);

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
