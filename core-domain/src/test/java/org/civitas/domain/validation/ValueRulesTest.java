package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.sg;

import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The value rules are enforced by the domain types when a value is made; a reader of a dataset
 * turns the refusal into a finding at the place the value was written.
 */
class ValueRulesTest {

  private static final Period DATES = Period.of(date("2024-01"), date("2025-12"));

  private static Finding refusal(ThrowingCallable making, String path) {
    InvariantViolation violation = catchThrowableOfType(InvariantViolation.class, making);
    assertThat(violation).as("the value should have been refused").isNotNull();
    return Finding.of(violation, path);
  }

  private static Activity suivi(double progress, double weight) {
    return new Activity(
        ActivityId.of("suivi"),
        LocalizedText.of("fr", "Suivi de l'appui"),
        DATES,
        ActivityStatus.IN_PROGRESS,
        progress,
        weight);
  }

  @Test
  void a_progress_above_100_is_a_value_range_error() {
    // when
    Finding finding = refusal(() -> suivi(120, 1), "/commitments/0/activities/1/progress");

    // then
    assertThat(finding)
        .satisfies(
            finding("value.range", Severity.ERROR, "/commitments/0/activities/1/progress", "120"));
  }

  @Test
  void a_weight_of_zero_is_a_value_range_error() {
    // when
    Finding finding = refusal(() -> suivi(30, 0), "/commitments/0/activities/0/weight");

    // then
    assertThat(finding)
        .satisfies(
            finding("value.range", Severity.ERROR, "/commitments/0/activities/0/weight", "0.0"));
  }

  @Test
  void a_negative_staff_is_a_value_range_error() {
    // when
    Finding finding = refusal(() -> sg().withStaff(-11), "/units/1/staff");

    // then
    assertThat(finding).satisfies(finding("value.range", Severity.ERROR, "/units/1/staff", "-11"));
  }

  @Test
  void values_within_their_range_are_made() {
    // when / then
    assertThatCode(
            () -> {
              suivi(0, 0.5);
              suivi(100, 3);
              sg().withStaff(11);
              sg().withStaff(0);
            })
        .doesNotThrowAnyException();
  }

  @Test
  void an_id_that_is_not_a_slug_is_an_id_invalid_error() {
    // when
    Finding finding = refusal(() -> UnitId.of("Direction Famille"), "/units/2/id");

    // then
    assertThat(finding)
        .satisfies(finding("id.invalid", Severity.ERROR, "/units/2/id", "'Direction Famille'"));
  }

  @Test
  void slugs_are_valid_ids() {
    // when / then
    assertThatCode(() -> UnitId.of("direction-famille-2")).doesNotThrowAnyException();
  }

  @Test
  void a_day_that_does_not_exist_is_a_date_invalid_error() {
    // when
    Finding finding = refusal(() -> PartialDate.parse("2023-02-30"), "/units/1/established");

    // then
    assertThat(finding)
        .satisfies(finding("date.invalid", Severity.ERROR, "/units/1/established", "2023-02-30"));
  }

  @Test
  void a_text_that_is_not_a_date_is_a_date_invalid_error() {
    // when
    Finding finding =
        refusal(() -> PartialDate.parse("Janvier 2024"), "/commitments/0/period/start");

    // then
    assertThat(finding)
        .satisfies(
            finding(
                "date.invalid", Severity.ERROR, "/commitments/0/period/start", "'Janvier 2024'"));
  }

  @Test
  void years_months_and_days_are_valid_dates() {
    // when / then
    assertThatCode(
            () -> {
              PartialDate.parse("2024");
              PartialDate.parse("2024-12");
              PartialDate.parse("2024-02-29");
            })
        .doesNotThrowAnyException();
  }

  @Test
  void an_end_before_its_start_is_a_period_inverted_error() {
    // when
    Finding finding =
        refusal(() -> Period.of(date("2025-12"), date("2024-01")), "/commitments/0/period");

    // then
    assertThat(finding)
        .satisfies(
            finding(
                "period.inverted", Severity.ERROR, "/commitments/0/period", "2025-12", "2024-01"));
  }

  @Test
  void a_period_of_one_month_given_at_two_precisions_is_not_inverted() {
    // when / then: a start on the 15th, an end written as the month, which ends on the 31st
    assertThatCode(() -> Period.of(date("2024-01-15"), date("2024-01"))).doesNotThrowAnyException();
  }

  @Test
  void every_invariant_maps_to_a_rule_of_the_catalogue_with_its_code() {
    // when / then
    assertThat(Arrays.stream(Invariant.values()).map(Rule::of).map(Rule::code))
        .containsExactly(
            "id.invalid", "value.range", "date.invalid", "period.inverted", "field.required");
  }

  @Test
  void every_value_rule_is_the_rule_of_an_invariant() {
    // given
    var fromInvariants = Arrays.stream(Invariant.values()).map(Rule::of).toList();

    // when / then
    assertThat(Arrays.stream(Rule.values()).filter(r -> r.scope() == Rule.Scope.VALUE))
        .allMatch(fromInvariants::contains)
        .hasSize(4);
  }
}
