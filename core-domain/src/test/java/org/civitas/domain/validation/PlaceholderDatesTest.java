package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.poleSocial;
import static org.civitas.domain.validation.ValidationFixtures.activity;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.dgpe;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.formation;
import static org.civitas.domain.validation.ValidationFixtures.id;
import static org.civitas.domain.validation.ValidationFixtures.masspf;
import static org.civitas.domain.validation.ValidationFixtures.measure;
import static org.civitas.domain.validation.ValidationFixtures.period;
import static org.civitas.domain.validation.ValidationFixtures.rapports;
import static org.civitas.domain.validation.ValidationFixtures.sg;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withCommitments;
import static org.civitas.domain.validation.ValidationFixtures.withStrategies;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class PlaceholderDatesTest {

  private static final String CODE = "date.placeholder";

  @Test
  void the_january_1970_period_of_seed_004_is_reported_on_both_bounds() {
    // given: « Janvier 1970 - Janvier 1970 » with activities from January 2024 to December 2025
    Snapshot snapshot = withCommitments(upe().withPeriod(period("1970-01", "1970-01")));

    // when / then: the activities are not compared with a date nobody entered
    assertThat(validate(snapshot))
        .satisfiesExactly(
            finding(CODE, Severity.WARNING, "/commitments/0/period/start", "1970-01"),
            finding(CODE, Severity.WARNING, "/commitments/0/period/end", "1970-01"));
  }

  @Test
  void a_unit_established_on_1_january_1900_is_reported() {
    // given
    Snapshot snapshot = units(masspf(), sg().withLifetime(Period.from(date("1900-01-01"))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/units/1/established", "1900-01-01"));
  }

  @Test
  void a_unit_dissolved_in_january_1970_is_reported() {
    // given
    Snapshot snapshot = units(masspf(), sg().withLifetime(Period.until(date("1970-01"))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/units/1/dissolved", "1970-01"));
  }

  @Test
  void a_parent_link_dated_1970_is_reported_at_the_link() {
    // given
    Snapshot snapshot =
        units(
            masspf(),
            dgpe().withParents(new ParentLink(id("masspf"), Period.from(date("1970-01-01")))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/units/1/parent", "1970-01-01"));
  }

  @Test
  void a_strategy_period_starting_in_january_1900_is_reported() {
    // given
    Snapshot snapshot = withStrategies(poleSocial().withPeriod(period("1900-01", "2026")));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/strategies/0/period/start", "1900-01"));
  }

  @Test
  void an_activity_ending_on_1_january_1970_is_reported() {
    // given
    Snapshot snapshot =
        withCommitments(
            upe()
                .withActivities(
                    activity(
                        "suivi",
                        "Suivi de l'appui",
                        Period.until(date("1970-01-01")),
                        ActivityStatus.IN_PROGRESS,
                        30),
                    formation()));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(CODE, Severity.WARNING, "/commitments/0/activities/0/end", "1970-01-01"));
  }

  @Test
  void placeholders_in_an_indicator_are_reported_at_each_date() {
    // given: baseline, target and the second measurement dated January 1970
    Indicator placeholders =
        new Indicator(
            rapports().id(),
            rapports().kind(),
            rapports().name(),
            rapports().unit(),
            rapports().direction(),
            Optional.of(measure("1970-01", 0)),
            Optional.of(measure("1970-01-01", 8)),
            ImmutableList.of(measure("2024-12", 3), measure("1970-01", 5)));
    Snapshot snapshot = withCommitments(upe().withIndicators(placeholders));

    // when / then
    assertThat(validate(snapshot))
        .satisfiesExactly(
            finding(CODE, Severity.WARNING, "/commitments/0/indicators/0/baseline/date", "1970-01"),
            finding(
                CODE, Severity.WARNING, "/commitments/0/indicators/0/target/date", "1970-01-01"),
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/indicators/0/measurements/1/date",
                "1970-01"));
  }

  @Test
  void the_year_1970_alone_and_other_days_of_january_1970_are_real_dates() {
    // given
    Snapshot snapshot =
        units(
            masspf().withLifetime(Period.from(date("1970"))),
            sg().withLifetime(period("1900-02", "1970-01-02")));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_clean_ministry_has_no_placeholder() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_parent_link_ending_in_january_1970_is_reported_at_the_link() {
    // given
    Snapshot snapshot =
        units(
            masspf(),
            dgpe().withParents(new ParentLink(id("masspf"), Period.until(date("1970-01")))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/units/1/parent", "1970-01"));
  }

  @Test
  void an_activity_starting_in_january_1970_is_reported_and_not_compared_with_its_commitment() {
    // given the commitment from January 2024, the activity « from January 1970 »
    Snapshot snapshot =
        withCommitments(
            upe()
                .withActivities(
                    activity(
                        "suivi",
                        "Suivi de l'appui",
                        period("1970-01", "2025-12"),
                        ActivityStatus.IN_PROGRESS,
                        30),
                    formation()));

    // when / then: no activity.outside-period for a start nobody entered
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/commitments/0/activities/0/start", "1970-01"));
  }
}
