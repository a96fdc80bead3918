package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A dataset names kinds of units, territory levels, post roles and link types by their code. */
class OrganizationCodesTest {

  @ParameterizedTest
  @CsvSource({
    "GOVERNMENT, government",
    "MINISTRY, ministry",
    "CABINET, cabinet",
    "GENERAL_SECRETARIAT, general-secretariat",
    "GENERAL_DIRECTORATE, general-directorate",
    "DIRECTORATE, directorate",
    "REGIONAL_DIRECTORATE, regional-directorate",
    "DIVISION, division",
    "PROVINCIAL_DELEGATION, provincial-delegation",
    "SERVICE, service",
    "CELL, cell",
    "UNIT, unit",
    "COMMISSION, commission",
    "COMMITTEE, committee",
    "CENTER, center",
    "AGENCY, agency",
    "SOCIAL_SERVICE, social-service",
    "OTHER, other"
  })
  void a_unit_kind_is_written_by_its_code(UnitKind kind, String code) {
    // given a kind of unit

    // when
    String written = kind.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(UnitKind.fromCode(code)).contains(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "NATIONAL, national",
    "REGION, region",
    "PROVINCE, province",
    "PREFECTURE, prefecture",
    "COMMUNE, commune",
    "OTHER, other"
  })
  void a_territory_level_is_written_by_its_code(TerritoryLevel level, String code) {
    // given a territory level

    // when
    String written = level.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(TerritoryLevel.fromCode(code)).contains(level);
  }

  @ParameterizedTest
  @CsvSource({"HEAD, head", "DEPUTY, deputy", "ASSISTANT, assistant", "MEMBER, member"})
  void a_post_role_is_written_by_its_code(PostRole role, String code) {
    // given a role of a post

    // when
    String written = role.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(PostRole.fromCode(code)).contains(role);
  }

  @ParameterizedTest
  @CsvSource({
    "SUPERVISES, supervises",
    "SECRETARIAT_OF, secretariat-of",
    "COORDINATES, coordinates",
    "ATTACHED_TO, attached-to"
  })
  void a_link_type_is_written_by_its_code(LinkType type, String code) {
    // given a type of link between units

    // when
    String written = type.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(LinkType.fromCode(code)).contains(type);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GENERAL_SECRETARIAT",
        "general_secretariat",
        "Ministry",
        "direction",
        "secretariat_of",
        "REGION",
        "chef",
        ""
      })
  void a_code_that_is_not_in_the_dataset_format_names_nothing(String code) {
    // given a code a dataset might carry by mistake

    // when / then
    assertThat(UnitKind.fromCode(code)).isEmpty();
    assertThat(TerritoryLevel.fromCode(code)).isEmpty();
    assertThat(PostRole.fromCode(code)).isEmpty();
    assertThat(LinkType.fromCode(code)).isEmpty();
  }
}
