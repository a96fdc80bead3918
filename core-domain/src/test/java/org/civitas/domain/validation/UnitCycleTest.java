package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.civitas.domain.validation.ValidationFixtures.unit;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.validate;

import java.util.List;
import java.util.stream.IntStream;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class UnitCycleTest {

  private static final String CODE = "unit.cycle";

  private static List<Finding> cycles(Snapshot snapshot) {
    return validate(snapshot).stream().filter(f -> f.code().equals(CODE)).toList();
  }

  @Test
  void two_directorates_under_each_other_are_each_reported_once() {
    // given: dpsv under daed and daed under dpsv; a service under dpsv hangs below the loop
    Snapshot snapshot =
        units(
            masspf(),
            dgpe(),
            dpsv().withParents(ParentLink.always(id("daed"))),
            daed().withParents(ParentLink.always(id("dpsv"))),
            unit("sev", UnitKind.SERVICE, "Service de l'enfance vulnérable", "dpsv"));

    // when
    List<Finding> findings = validate(snapshot);

    // then
    assertThat(findings)
        .satisfiesExactly(
            finding(CODE, Severity.ERROR, "/units/2/parent", "'dpsv'", "dpsv → daed → dpsv"),
            finding(CODE, Severity.ERROR, "/units/3/parent", "'daed'", "daed → dpsv → daed"));
  }

  @Test
  void a_unit_that_is_its_own_parent_is_reported() {
    // given
    Snapshot snapshot = units(masspf(), sg().withParents(ParentLink.always(id("sg"))));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.ERROR, "/units/1/parent", "'sg'", "sg → sg"));
  }

  @Test
  void a_loop_that_closes_only_from_a_date_is_found_at_the_link_that_closes_it() {
    // given: dgpe leaves masspf for daaf in 2020, while daaf sits under dgpe all along
    Snapshot snapshot =
        units(
            masspf(),
            daaf().withParents(ParentLink.always(id("dgpe"))),
            dgpe()
                .withParents(
                    new ParentLink(id("masspf"), Period.until(date("2019-12"))),
                    new ParentLink(id("daaf"), Period.from(date("2020-01")))));

    // when
    List<Finding> findings = cycles(snapshot);

    // then
    assertThat(findings)
        .satisfiesExactly(
            finding(CODE, Severity.ERROR, "/units/1/parent", "'daaf'", "daaf → dgpe → daaf"),
            finding(CODE, Severity.ERROR, "/units/2/parents/1", "'dgpe'", "dgpe → daaf → dgpe"));
  }

  @Test
  void units_that_swap_places_over_time_never_loop() {
    // given: daed under dpsv until 2019; from 2020 dpsv under daed, daed under dgpe
    Snapshot snapshot =
        units(
            masspf(),
            dgpe(),
            dpsv()
                .withParents(
                    new ParentLink(id("dgpe"), Period.until(date("2019-12"))),
                    new ParentLink(id("daed"), Period.from(date("2020-01")))),
            daed()
                .withParents(
                    new ParentLink(id("dpsv"), Period.until(date("2019-12"))),
                    new ParentLink(id("dgpe"), Period.from(date("2020-01")))));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_loop_among_units_not_alive_at_the_same_time_is_no_loop() {
    // given: dpsv and daed under each other, but daed was established after dpsv was dissolved
    Snapshot snapshot =
        units(
            masspf(),
            dgpe(),
            dpsv()
                .withParents(ParentLink.always(id("daed")))
                .withLifetime(Period.until(date("2015"))),
            daed()
                .withParents(ParentLink.always(id("dpsv")))
                .withLifetime(Period.from(date("2016"))));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_clean_ministry_has_no_loop() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void the_message_shows_the_loop_and_how_to_break_it() {
    // given
    Snapshot snapshot =
        units(
            masspf(),
            dgpe(),
            dpsv().withParents(ParentLink.always(id("daed"))),
            daed().withParents(ParentLink.always(id("dpsv"))));

    // when
    List<Finding> findings = cycles(snapshot);

    // then
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "unit 'dpsv' ends up under itself: its parent chain dpsv → daed → dpsv loops; give one"
                + " of these units a parent outside the loop, or none",
            "unit 'daed' ends up under itself: its parent chain daed → dpsv → daed loops; give one"
                + " of these units a parent outside the loop, or none");
  }

  @Test
  void a_long_loop_is_shown_by_its_first_six_units_and_its_length() {
    // given seven directorates, each under the next and the last under the first
    List<String> loop = List.of("dpa", "dpph", "dgc", "dpsv", "daed", "dgdf", "dcpaef");
    Snapshot snapshot =
        units(
            IntStream.range(0, loop.size())
                .mapToObj(
                    i ->
                        unit(
                            loop.get(i),
                            UnitKind.OTHER,
                            "Direction " + loop.get(i),
                            loop.get((i + 1) % loop.size())))
                .toList());

    // when
    List<Finding> findings = cycles(snapshot);

    // then
    assertThat(findings).hasSize(7);
    assertThat(findings.get(0).message())
        .isEqualTo(
            "unit 'dpa' ends up under itself: its parent chain dpa → dpph → dgc → dpsv → daed →"
                + " dgdf → … → dpa (7 units) loops; give one of these units a parent outside the"
                + " loop, or none");
  }
}
