package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.dgpe;
import static org.civitas.domain.validation.ValidationFixtures.dpsv;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.id;
import static org.civitas.domain.validation.ValidationFixtures.masspf;
import static org.civitas.domain.validation.ValidationFixtures.period;
import static org.civitas.domain.validation.ValidationFixtures.sg;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.validate;

import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class DissolvedParentTest {

  private static final String CODE = "unit.dissolved-parent";

  /** The ministry with dgpe dissolved at the end of 2020 and dpsv as given. */
  private static Snapshot dgpeDissolvedWith(ImmutableOrgUnit dpsv) {
    return units(masspf(), sg(), dgpe().withLifetime(Period.until(date("2020-12"))), dpsv);
  }

  @Test
  void a_unit_with_no_end_under_a_dissolved_parent_is_reported() {
    // given
    Snapshot snapshot = dgpeDissolvedWith(dpsv());

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(CODE, Severity.WARNING, "/units/3/parent", "'dpsv'", "'dgpe'", "2020-12"));
  }

  @Test
  void a_unit_dissolved_after_its_parent_is_reported() {
    // given
    Snapshot snapshot = dgpeDissolvedWith(dpsv().withLifetime(Period.until(date("2021-06"))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/units/3/parent", "'dpsv'", "'dgpe'"));
  }

  @Test
  void a_unit_dissolved_with_its_parent_is_not_reported() {
    // given: dpsv dissolved on the last day of December 2020
    Snapshot snapshot = dgpeDissolvedWith(dpsv().withLifetime(period("1998", "2020-12-31")));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_unit_moved_elsewhere_before_its_parent_was_dissolved_is_not_reported() {
    // given: dpsv under dgpe until 2020-12, then under sg
    Snapshot snapshot =
        dgpeDissolvedWith(
            dpsv()
                .withParents(
                    new ParentLink(id("dgpe"), Period.until(date("2020-12"))),
                    new ParentLink(id("sg"), Period.from(date("2021-01")))));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_move_made_too_late_is_reported_at_the_link_that_outlives_the_parent() {
    // given: dpsv left dgpe only in June 2021, six months after dgpe was dissolved
    Snapshot snapshot =
        dgpeDissolvedWith(
            dpsv()
                .withParents(
                    new ParentLink(id("dgpe"), Period.until(date("2021-05"))),
                    new ParentLink(id("sg"), Period.from(date("2021-06")))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/units/3/parents/0", "'dpsv'", "'dgpe'"));
  }

  @Test
  void a_clean_ministry_has_no_dissolved_parent() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
