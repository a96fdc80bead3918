package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.action;
import static org.civitas.domain.Fixtures.axis;
import static org.civitas.domain.Fixtures.objective;
import static org.civitas.domain.Fixtures.poleSocial;
import static org.civitas.domain.Fixtures.strategy;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.daaf;
import static org.civitas.domain.validation.ValidationFixtures.daed;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.dgpe;
import static org.civitas.domain.validation.ValidationFixtures.dpsv;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.id;
import static org.civitas.domain.validation.ValidationFixtures.masspf;
import static org.civitas.domain.validation.ValidationFixtures.sg;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withCommitments;
import static org.civitas.domain.validation.ValidationFixtures.withStrategies;

import org.civitas.domain.organization.LinkType;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class UnknownReferencesTest {

  private static final String CODE = "ref.unknown";

  @Test
  void a_parent_that_is_not_a_unit_is_reported() {
    // given: dpsv under 'dgpee', a typo for dgpe
    Snapshot snapshot =
        units(
            masspf(),
            sg(),
            daaf(),
            dgpe(),
            dpsv().withParents(ParentLink.always(id("dgpee"))),
            daed());

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/units/4/parent", "'dpsv'", "'dgpee'"));
  }

  @Test
  void every_parent_of_a_dated_history_is_checked() {
    // given: dpsv under dgpe until 2019, then under a unit that does not exist
    Snapshot snapshot =
        units(
            masspf(),
            dgpe(),
            dpsv()
                .withParents(
                    new ParentLink(id("dgpe"), Period.until(date("2019-12"))),
                    new ParentLink(id("dgpf"), Period.from(date("2020-01")))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/units/2/parents/1", "'dpsv'", "'dgpf'"));
  }

  @Test
  void a_link_to_a_unit_that_is_not_there_is_reported() {
    // given: the secretariat general coordinates a committee that is not in the dataset
    Snapshot snapshot =
        units(masspf(), sg().withLinks(new UnitLink(LinkType.COORDINATES, id("cppe"))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE, Severity.ERROR, "/units/1/links/0/unit", "'sg'", "coordinates", "'cppe'"));
  }

  @Test
  void a_strategy_owned_by_an_unknown_unit_is_reported() {
    // given
    Snapshot snapshot = withStrategies(poleSocial().withOwner(id("mssfds")));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(CODE, Severity.ERROR, "/strategies/0/owner", "'pole-social-4-4'", "'mssfds'"));
  }

  @Test
  void an_action_owned_by_an_unknown_unit_is_reported() {
    // given: the second owner of the action does not exist
    Snapshot snapshot =
        withStrategies(
            strategy(
                "pole-social-4-4",
                "Stratégie du pôle Social 4+4",
                axis(
                    "axe-1",
                    1,
                    "Appui institutionnel",
                    objective(
                        "axe-1-1",
                        1,
                        "Restructuration",
                        action("axe-1-1-a", "Préparer", "sg", "dgas")))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.ERROR,
                "/strategies/0/axes/0/objectives/0/actions/0/owners/1",
                "'axe-1-1-a'",
                "'dgas'"));
  }

  @Test
  void a_commitment_led_by_an_unknown_unit_is_reported() {
    // given
    Snapshot snapshot = withCommitments(upe().withLead(id("msisf")));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/commitments/0/lead", "'upe'", "'msisf'"));
  }

  @Test
  void an_unknown_contributor_is_reported() {
    // given
    Snapshot snapshot =
        withCommitments(upe().withContributors(id("dpsv"), id("entraide-nationale")));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.ERROR,
                "/commitments/0/contributors/1",
                "'upe'",
                "'entraide-nationale'"));
  }

  @Test
  void a_contribution_to_an_unknown_strategy_is_reported() {
    // given
    Snapshot snapshot = withCommitments(upe().withContributesTo(ElementRef.parse("gissr/axe-2")));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.ERROR,
                "/commitments/0/contributes-to/0",
                "'gissr/axe-2'",
                "there is no strategy 'gissr'"));
  }

  @Test
  void a_contribution_to_an_unknown_element_of_a_known_strategy_is_reported() {
    // given
    Snapshot snapshot =
        withCommitments(upe().withContributesTo(ElementRef.parse("pole-social-4-4/axe-9")));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.ERROR,
                "/commitments/0/contributes-to/0",
                "'pole-social-4-4/axe-9'",
                "strategy 'pole-social-4-4' has no axis, objective or action 'axe-9'"));
  }

  @Test
  void contributions_to_objectives_and_actions_are_known_references() {
    // given
    Snapshot snapshot =
        withCommitments(
            upe()
                .withContributesTo(
                    ElementRef.parse("pole-social-4-4/axe-1-2"),
                    ElementRef.parse("pole-social-4-4/axe-1-1-a")));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_clean_ministry_refers_only_to_what_it_holds() {
    // given: parents, owners, lead, contributor and contribution all exist
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
