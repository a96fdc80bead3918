package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.togoMinistry;
import static org.civitas.domain.validation.ValidationFixtures.unit;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.validate;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class KindNestingTest {

  private static final String CODE = "unit.kind-nesting";

  private static Snapshot ministryWith(OrgUnit... extra) {
    return units(ImmutableList.<OrgUnit>builder().addAll(togoMinistry()).add(extra).build());
  }

  @Test
  void a_general_directorate_under_a_directorate_is_reported() {
    // given: the general directorate of social action placed under daaf, a directorate
    Snapshot snapshot =
        ministryWith(
            unit(
                "dgas",
                UnitKind.GENERAL_DIRECTORATE,
                "Direction générale de l'action sociale",
                "daaf"));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/units/6/parent",
                "'dgas'",
                "general-directorate",
                "'daaf'",
                "directorate"));
  }

  @Test
  void a_directorate_under_a_service_is_reported() {
    // given
    Snapshot snapshot =
        ministryWith(
            unit("sce", UnitKind.SERVICE, "Service de la communication", "dpsv"),
            unit("dpe", UnitKind.DIRECTORATE, "Direction de la petite enfance", "sce"));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(finding(CODE, Severity.WARNING, "/units/7/parent", "'dpe'", "'sce'"));
  }

  @Test
  void the_government_under_a_ministry_is_reported() {
    // given: the government, the top rank, placed under the ministry
    Snapshot snapshot =
        ministryWith(
            unit(
                "gouvernement",
                UnitKind.GOVERNMENT,
                "Gouvernement de la République togolaise",
                "masspf"));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/units/6/parent",
                "'gouvernement'",
                "a government",
                "'masspf'",
                "a ministry"));
  }

  @Test
  void units_of_one_rank_may_nest() {
    // given: a regional directorate under a directorate (both rank 4)
    Snapshot snapshot =
        ministryWith(
            unit(
                "dr-maritime",
                UnitKind.REGIONAL_DIRECTORATE,
                "Direction régionale Maritime",
                "dpsv"));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void unranked_units_may_sit_anywhere_and_hold_anything() {
    // given: a committee under a service, and a directorate under that committee
    Snapshot snapshot =
        ministryWith(
            unit("sce", UnitKind.SERVICE, "Service de la communication", "dpsv"),
            unit("cppe", UnitKind.COMMITTEE, "Comité provincial de protection de l'enfance", "sce"),
            unit("dpe", UnitKind.DIRECTORATE, "Direction de la petite enfance", "cppe"));

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }

  @Test
  void a_clean_ministry_nests_by_rank() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
