package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.action;
import static org.civitas.domain.Fixtures.axis;
import static org.civitas.domain.Fixtures.objective;
import static org.civitas.domain.Fixtures.poleSocial;
import static org.civitas.domain.Fixtures.strategy;
import static org.civitas.domain.validation.ValidationFixtures.activity;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.formation;
import static org.civitas.domain.validation.ValidationFixtures.indicator;
import static org.civitas.domain.validation.ValidationFixtures.measure;
import static org.civitas.domain.validation.ValidationFixtures.period;
import static org.civitas.domain.validation.ValidationFixtures.rapports;
import static org.civitas.domain.validation.ValidationFixtures.suivi;
import static org.civitas.domain.validation.ValidationFixtures.togoMinistry;
import static org.civitas.domain.validation.ValidationFixtures.unit;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withCommitments;
import static org.civitas.domain.validation.ValidationFixtures.withStrategies;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.StrategyId;
import org.junit.jupiter.api.Test;

class DuplicateIdsTest {

  private static final String CODE = "id.duplicate";

  @Test
  void two_units_with_one_id_are_reported_at_the_second() {
    // given: a second 'dpsv' after the six units of the ministry
    Snapshot snapshot =
        ValidationFixtures.units(
            ImmutableList.<OrgUnit>builder()
                .addAll(togoMinistry())
                .add(
                    unit("dpsv", UnitKind.DIRECTORATE, "Direction de la promotion sociale", "dgpe"))
                .build());

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/units/6/id", "'dpsv'", "/units/4"));
  }

  @Test
  void two_strategies_with_one_id_are_reported() {
    // given
    Snapshot snapshot =
        withStrategies(
            poleSocial(), poleSocial().withTitle(ValidationFixtures.fr("Stratégie bis")));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/strategies/1/id", "'pole-social-4-4'"));
  }

  @Test
  void an_objective_with_the_id_of_an_axis_of_its_strategy_is_reported() {
    // given: axes, objectives and actions share one set of ids
    Snapshot snapshot =
        withStrategies(
            strategy(
                "pole-social-4-4",
                "Stratégie du pôle Social 4+4",
                axis(
                    "axe-1",
                    1,
                    "Appui institutionnel",
                    objective("axe-1-1", 1, "Restructuration", action("a", "Préparer", "sg")),
                    objective("axe-1", 2, "Unification", action("b", "Élaborer", "sg")))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.ERROR,
                "/strategies/0/axes/0/objectives/1/id",
                "'axe-1'",
                "/strategies/0/axes/0"));
  }

  @Test
  void an_action_with_the_id_of_an_action_under_another_axis_is_reported() {
    // given
    Snapshot snapshot =
        withStrategies(
            strategy(
                "pole-social-4-4",
                "Stratégie du pôle Social 4+4",
                axis(
                    "axe-1",
                    1,
                    "Appui",
                    objective("o-1", 1, "Restructuration", action("a", "X", "sg"))),
                axis(
                    "axe-2",
                    2,
                    "Encadrement",
                    objective("o-2", 1, "Soutenir", action("a", "Y", "sg")))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.ERROR,
                "/strategies/0/axes/1/objectives/0/actions/0/id",
                "'a'",
                "/strategies/0/axes/0/objectives/0/actions/0"));
  }

  @Test
  void two_commitments_with_one_id_are_reported() {
    // given
    Snapshot snapshot = withCommitments(upe(), upe());

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/commitments/1/id", "'upe'", "/commitments/0"));
  }

  @Test
  void two_activities_of_a_commitment_with_one_id_are_reported() {
    // given
    Snapshot snapshot =
        withCommitments(
            upe()
                .withActivities(
                    suivi(),
                    activity(
                        "suivi",
                        "Organisation des sessions de formation",
                        period("2024-01", "2025-12"),
                        ActivityStatus.IN_PROGRESS,
                        40)));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/commitments/0/activities/1/id", "'suivi'"));
  }

  @Test
  void two_indicators_of_a_commitment_with_one_id_are_reported() {
    // given
    Snapshot snapshot =
        withCommitments(
            upe()
                .withIndicators(
                    rapports(),
                    indicator(
                        "rapports",
                        "Nombre de formations organisées",
                        Optional.of(measure("2025-12", 12)))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/commitments/0/indicators/1/id", "'rapports'"));
  }

  @Test
  void ids_repeated_across_scopes_are_not_duplicates() {
    // given: one activity id in two commitments, an indicator named like an activity, one element
    // id in two strategies
    Snapshot snapshot =
        new Snapshot(
            togoMinistry(),
            ImmutableList.of(poleSocial(), poleSocial().withId(StrategyId.of("gissr"))),
            ImmutableList.of(
                upe()
                    .withIndicators(
                        indicator("suivi", "Nombre de suivis", Optional.of(measure("2025-12", 4)))),
                upe().withId(CommitmentId.of("cppe")).withActivities(suivi(), formation())));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_clean_ministry_has_no_duplicate_id() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
