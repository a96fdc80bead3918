package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.action;
import static org.civitas.domain.Fixtures.axis;
import static org.civitas.domain.Fixtures.objective;
import static org.civitas.domain.Fixtures.strategy;
import static org.civitas.domain.validation.ValidationFixtures.activity;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.indicator;
import static org.civitas.domain.validation.ValidationFixtures.measure;
import static org.civitas.domain.validation.ValidationFixtures.period;
import static org.civitas.domain.validation.ValidationFixtures.rapports;
import static org.civitas.domain.validation.ValidationFixtures.suivi;
import static org.civitas.domain.validation.ValidationFixtures.togoMinistry;
import static org.civitas.domain.validation.ValidationFixtures.unit;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withCommitments;
import static org.civitas.domain.validation.ValidationFixtures.withStrategies;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.text.LocalizedText;
import org.junit.jupiter.api.Test;

class DuplicateTitlesTest {

  private static final String CODE = "title.duplicate";

  private static Snapshot ministryWith(OrgUnit extra) {
    return units(ImmutableList.<OrgUnit>builder().addAll(togoMinistry()).add(extra).build());
  }

  @Test
  void a_unit_named_like_a_sibling_but_for_case_accents_and_spaces_is_reported() {
    // given: dpsv is « Direction de la prévention des situations de vulnérabilité », under dgpe
    Snapshot snapshot =
        ministryWith(
            unit(
                "dpsv-bis",
                UnitKind.DIRECTORATE,
                "DIRECTION de la  prevention des situations de vulnerabilite",
                "dgpe"));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(CODE, Severity.WARNING, "/units/6/name", "'dpsv-bis'", "'dpsv'", "/units/4"));
  }

  @Test
  void two_roots_with_one_name_are_reported() {
    // given: the ministry given twice as a root under two ids
    Snapshot snapshot =
        ministryWith(
            unit(
                "ministere-action-sociale",
                UnitKind.MINISTRY,
                "Ministère de l’Action sociale, de la Solidarité et de la Promotion de la femme"));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE, Severity.WARNING, "/units/6/name", "'ministere-action-sociale'", "'masspf'"));
  }

  @Test
  void units_with_one_name_under_different_parents_are_not_siblings() {
    // given: a « Secrétariat administratif » under sg and another under dgpe
    Snapshot snapshot =
        units(
            ImmutableList.<OrgUnit>builder()
                .addAll(togoMinistry())
                .add(unit("sa-sg", UnitKind.SERVICE, "Secrétariat administratif", "sg"))
                .add(unit("sa-dgpe", UnitKind.SERVICE, "Secrétariat administratif", "dgpe"))
                .build());

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  private static LocalizedText frAr(String french, String arabic) {
    return new LocalizedText(ImmutableMap.of("fr", french, "ar", arabic));
  }

  @Test
  void names_are_compared_language_by_language() {
    // given: a unit whose Arabic name repeats the one of a sibling, its French name different
    Snapshot snapshot =
        units(
            unit("masspf", UnitKind.MINISTRY, "Ministère"),
            unit("dfe", UnitKind.DIRECTORATE, "Direction de la famille", "masspf")
                .withName(frAr("Direction de la famille", "مديرية الأسرة")),
            unit("dfe-2", UnitKind.DIRECTORATE, "Direction des familles", "masspf")
                .withName(frAr("Direction des familles", "مديرية الأسرة")));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(CODE, Severity.WARNING, "/units/2/name", "'dfe-2'", "'dfe'", "مديرية الأسرة"));
  }

  @Test
  void axes_objectives_and_actions_are_compared_with_their_siblings() {
    // given: a repeated axis title, a repeated objective title in one axis, a repeated action text
    // in one objective
    Snapshot snapshot =
        withStrategies(
            strategy(
                "pole-social-4-4",
                "Stratégie du pôle Social 4+4",
                axis(
                    "axe-1",
                    1,
                    "Appui institutionnel et renforcement au pôle social",
                    objective(
                        "o-1", 1, "Restructuration", action("a-1", "Préparer un projet", "sg")),
                    objective(
                        "o-2",
                        2,
                        "RESTRUCTURATION",
                        action("a-2", "Soutenir des formations adéquates", "sg"),
                        action("a-3", "Soutenir des formations adequates.", "sg"),
                        action("a-4", "soutenir  des formations adéquates", "sg"))),
                axis(
                    "axe-2",
                    2,
                    "Appui institutionnel et renforcement au Pôle Social",
                    objective(
                        "o-3", 1, "Restructuration", action("a-5", "Préparer un projet", "sg")))));

    // when / then: objective o-3 and action a-5 repeat titles of another axis only
    assertThat(validate(snapshot))
        .satisfiesExactly(
            finding(
                CODE,
                Severity.WARNING,
                "/strategies/0/axes/0/objectives/1/title",
                "'o-2'",
                "'o-1'"),
            finding(
                CODE,
                Severity.WARNING,
                "/strategies/0/axes/0/objectives/1/actions/2/text",
                "'a-4'",
                "'a-2'"),
            finding(CODE, Severity.WARNING, "/strategies/0/axes/1/title", "'axe-2'", "'axe-1'"));
  }

  @Test
  void activities_and_indicators_are_compared_with_their_siblings() {
    // given
    Snapshot snapshot =
        withCommitments(
            upe()
                .withActivities(
                    suivi(),
                    activity(
                        "suivi-2",
                        "Suivi de l’appui à la mise en place des unités de protection de l’enfance",
                        period("2024-01", "2025-12"),
                        ActivityStatus.IN_PROGRESS,
                        30))
                .withIndicators(
                    rapports(),
                    indicator(
                        "rapports-2",
                        "nombre de rapports publiés dans les délais impartis",
                        Optional.of(measure("2025-12", 8)))));

    // when / then
    assertThat(validate(snapshot))
        .satisfiesExactly(
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/activities/1/title",
                "'suivi-2'",
                "'suivi'"),
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/indicators/1/name",
                "'rapports-2'",
                "'rapports'"));
  }

  @Test
  void a_clean_ministry_has_no_repeated_title() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
