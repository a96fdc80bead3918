package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.fr;

import org.junit.jupiter.api.Test;

/** A unit reads in a chart as its acronym and its name. */
class UnitLabelTest {

  private static final OrgUnit DAS =
      OrgUnit.builder()
          .id(UnitId.of("das"))
          .kind(UnitKind.DIVISION)
          .name(fr("Division de l’Action Sociale"))
          .build();

  @Test
  void a_unit_with_an_acronym_reads_as_its_acronym_then_its_name() {
    // given the Agadir division (seed 002)
    OrgUnit das = ImmutableOrgUnit.copyOf(DAS).withAcronym("DAS");

    // when
    String label = das.label();

    // then
    assertThat(label).isEqualTo("DAS — Division de l’Action Sociale");
  }

  @Test
  void a_unit_without_an_acronym_reads_as_its_name() {
    // given
    OrgUnit das = DAS;

    // when
    String label = das.label();

    // then
    assertThat(label).isEqualTo("Division de l’Action Sociale");
  }
}
