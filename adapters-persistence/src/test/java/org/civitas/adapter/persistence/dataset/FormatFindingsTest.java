package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.domain.validation.Finding;
import org.junit.jupiter.api.Test;

/** Each rule of the format is reported at the JSON Pointer and line of what breaks it. */
class FormatFindingsTest {

  private final DatasetReader reader = Fixtures.formatOnlyReader();

  private DatasetReading read(String yaml) {
    return reader.read(Fixtures.yaml("ministere.yaml", yaml));
  }

  private static Finding only(DatasetReading reading) {
    assertThat(reading.findings()).hasSize(1);
    return reading.findings().get(0).finding();
  }

  @Test
  void a_misspelt_key_is_unknown_and_the_message_suggests_the_right_one() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: sg
            kind: general-secretariat
            name: Secrétariat général
            mandate:
              exhaustive: false
              atributions:
                - coordonner le fonctionnement des services techniques du ministère
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("field.unknown");
    assertThat(finding.path()).isEqualTo("/units/0/mandate/atributions");
    assertThat(finding.line()).hasValue(9);
    assertThat(finding.message())
        .isEqualTo(
            "'atributions' is not a field of a mandate (did you mean 'attributions'?):"
                + " its fields are basis, exhaustive, attributions");
  }

  @Test
  void a_key_unknown_at_the_top_is_reported_too() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        unit: []
        """;

    // when
    Finding finding = only(read(yaml));

    // then
    assertThat(finding.code()).isEqualTo("field.unknown");
    assertThat(finding.path()).isEqualTo("/unit");
    assertThat(finding.line()).hasValue(3);
    assertThat(finding.message()).contains("(did you mean 'units'?)");
  }

  @Test
  void a_missing_required_field_is_reported_at_its_would_be_place_and_the_unit_is_left_out() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: masspf
            kind: ministry
            name: Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme
          - id: sg
            name: Secrétariat général
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("field.required");
    assertThat(finding.path()).isEqualTo("/units/1/kind");
    assertThat(finding.line()).hasValue(7);
    assertThat(finding.message()).isEqualTo("'kind' is missing: every unit needs one");
    assertThat(reading.snapshot().units())
        .extracting(u -> u.id().value())
        .containsExactly("masspf");
  }

  @Test
  void a_value_of_the_wrong_type_is_reported_with_what_was_expected() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: das
            kind: division
            name: Division de l’Action Sociale
            staff: onze
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("field.type");
    assertThat(finding.path()).isEqualTo("/units/0/staff");
    assertThat(finding.line()).hasValue(7);
    assertThat(finding.message()).isEqualTo("expected a number, found a text");
    assertThat(reading.snapshot().units().get(0).staff()).isEmpty();
  }

  @Test
  void a_word_outside_its_vocabulary_lists_the_allowed_ones() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: dpa
            kind: directorat
            name: Direction des personnes âgées
        """;

    // when
    Finding finding = only(read(yaml));

    // then
    assertThat(finding.code()).isEqualTo("field.type");
    assertThat(finding.path()).isEqualTo("/units/0/kind");
    assertThat(finding.line()).hasValue(5);
    assertThat(finding.message())
        .isEqualTo(
            "'directorat' is not a unit kind (did you mean 'directorate'?): use one of government,"
                + " ministry, cabinet, general-secretariat, general-directorate, directorate,"
                + " regional-directorate, division, provincial-delegation, service, cell, unit,"
                + " commission, committee, center, agency, social-service, other");
  }

  @Test
  void every_vocabulary_of_the_format_is_checked() {
    // given
    String yaml =
"""
civitas: 1
language: fr
units:
  - id: cpdh
    kind: committee
    name: Comité préfectoral de développement humain
    territory: {level: prefecture-x, name: Agadir ida Outanane}
    posts: [{title: Gouverneur, role: president}]
    links: [{type: chairs, unit: das}]
strategies:
  - id: indh
    title: Initiative nationale pour le développement humain
    axes: [{id: programme-1, kind: programme, title: Programme de lutte contre la pauvreté}]
commitments:
  - id: upe
    title: Unités de protection de l'enfance
    lead: msisf
    partners: [{name: Associations, type: asociation}]
    indicators: [{id: rapports, kind: suivi, name: Rapports, direction: up}]
    activities: [{id: suivi, title: Suivi, status: en-cours}]
""";

    // when
    DatasetReading reading = read(yaml);

    // then
    assertThat(Fixtures.where(reading))
        .containsExactly(
            "field.type /units/0/territory/level @7",
            "field.type /units/0/posts/0/role @8",
            "field.type /units/0/links/0/type @9",
            "field.type /strategies/0/axes/0/kind @13",
            "field.type /commitments/0/partners/0/type @18",
            "field.type /commitments/0/indicators/0/kind @19",
            "field.type /commitments/0/indicators/0/direction @19",
            "field.type /commitments/0/activities/0/status @20");
    assertThat(reading.findings().get(4).finding().message())
        .isEqualTo(
            "'asociation' is not a partner type (did you mean 'association'?): use one of"
                + " association, ngo, international, private, public, other");
  }

  @Test
  void an_id_that_is_not_a_slug_is_invalid() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: Direction_Famille
            kind: directorate
            name: Direction de la famille
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("id.invalid");
    assertThat(finding.path()).isEqualTo("/units/0/id");
    assertThat(finding.line()).hasValue(4);
    assertThat(finding.message()).startsWith("'Direction_Famille' is not a valid unit id");
    assertThat(reading.snapshot().units()).isEmpty();
  }

  @Test
  void a_day_that_does_not_exist_is_an_invalid_date() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: dgpe
            kind: general-directorate
            name: Direction générale de la protection de l’enfance
            established: 2023-02-30
        """;

    // when
    Finding finding = only(read(yaml));

    // then
    assertThat(finding.code()).isEqualTo("date.invalid");
    assertThat(finding.path()).isEqualTo("/units/0/established");
    assertThat(finding.line()).hasValue(7);
    assertThat(finding.message()).isEqualTo("2023-02-30 is not a day of the calendar");
  }

  @Test
  void a_progress_of_120_is_out_of_range_at_the_progress_field() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        commitments:
          - id: upe
            title: Appui aux associations pour créer les unités de protection de l'enfance
            lead: msisf
            activities:
              - id: suivi
                title: Suivi de l’appui à la mise en place des unités de protection de l'enfance
                status: in-progress
                progress: 120
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("value.range");
    assertThat(finding.path()).isEqualTo("/commitments/0/activities/0/progress");
    assertThat(finding.line()).hasValue(11);
    assertThat(finding.message()).isEqualTo("progress 120.0 is outside 0–100: give a percentage");
    assertThat(reading.snapshot().commitments().get(0).activities()).isEmpty();
  }

  @Test
  void a_weight_of_zero_and_a_negative_staff_are_out_of_range_at_their_fields() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: das
            kind: division
            name: Division de l’Action Sociale
            staff: -11
        commitments:
          - id: upe
            title: Unités de protection de l'enfance
            lead: das
            activities:
              - {id: suivi, title: Suivi, progress: 30, weight: 0}
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    assertThat(Fixtures.where(reading))
        .containsExactly(
            "value.range /units/0/staff @7", "value.range /commitments/0/activities/0/weight @13");
  }

  @Test
  void an_end_before_its_start_is_reported_at_the_end_for_periods_activities_and_lifetimes() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: dgas
            kind: general-directorate
            name: Direction générale de l’action sociale
            established: 2020
            dissolved: 2019-06
        commitments:
          - id: upe
            title: Unités de protection de l'enfance
            lead: dgas
            period: {start: 2025-12, end: 2024-01}
            activities:
              - id: suivi
                title: Suivi
                start: 2024-06-15
                end: 2024-06-14
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    assertThat(Fixtures.where(reading))
        .containsExactly(
            "period.inverted /units/0/dissolved @8",
            "period.inverted /commitments/0/period/end @13",
            "period.inverted /commitments/0/activities/0/end @18");
    assertThat(reading.findings().get(0).finding().message())
        .isEqualTo(
            "the end 2019-06 comes before the start 2020: swap them or correct the one that is"
                + " wrong");
  }

  @Test
  void a_file_without_format_version_is_reported_and_still_read() {
    // given
    String yaml =
        """
        language: fr
        units:
          - {id: masspf, kind: ministry, name: Ministère de l’Action Sociale}
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("format.version");
    assertThat(finding.path()).isEqualTo("/civitas");
    assertThat(finding.line()).hasValue(1);
    assertThat(finding.message())
        .isEqualTo("the file does not say its format: add 'civitas: 1' as its first line");
    assertThat(reading.snapshot().units()).hasSize(1);
  }

  @Test
  void a_file_of_format_version_2_is_not_read_further() {
    // given
    String yaml =
        """
        # a later format
        civitas: 2
        language: fr
        organisations: []
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("format.version");
    assertThat(finding.path()).isEqualTo("/civitas");
    assertThat(finding.line()).hasValue(2);
    assertThat(finding.message())
        .isEqualTo("format version '2' is not supported: this reader knows 'civitas: 1'");
  }

  @Test
  void text_that_is_not_yaml_is_a_syntax_error_with_its_line_and_column() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: sg
            name: Secrétariat général
           kind: general-secretariat
        """;

    // when
    Finding finding = only(read(yaml));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.path()).isEmpty();
    assertThat(finding.line()).hasValue(6);
    assertThat(finding.message())
        .startsWith("the file is not valid YAML: ")
        .endsWith("(line 6, column 4)");
  }

  @Test
  void json_findings_carry_json_lines() {
    // given
    String json =
        """
        {
          "civitas": 1,
          "language": "fr",
          "units": [
            {"id": "sg", "kind": "general-secretariat", "name": "Secrétariat général"},
            {
              "id": "dpsse",
              "kind": "directorate",
              "parnet": "sg",
              "name": "Direction de la planification"
            }
          ]
        }
        """;

    // when
    DatasetReading reading = reader.read(Fixtures.yaml("ministere.json", json));

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("field.unknown");
    assertThat(finding.path()).isEqualTo("/units/1/parnet");
    assertThat(finding.line()).hasValue(9);
    assertThat(finding.message()).contains("(did you mean 'parent'?)");
  }

  @Test
  void a_json_syntax_error_gives_its_line_and_column() {
    // given
    String json = "{\n  \"civitas\": 1,\n  \"language\": \"fr\",\n}\n";

    // when
    Finding finding = only(reader.read(Fixtures.yaml("ministere.json", json)));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.line()).hasValue(4);
    assertThat(finding.message())
        .startsWith("the file is not valid JSON: ")
        .endsWith("(line 4, column 1)");
  }

  @Test
  void dates_are_read_from_yaml_strings_dates_and_numbers_and_from_json_numbers() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - {id: a, kind: service, name: A, established: 2012, dissolved: 2012-04-04}
          - {id: b, kind: service, name: B, established: "2024-01"}
        """;
    String json =
        """
        {"civitas": 1, "language": "fr",
         "units": [{"id": "a", "kind": "service", "name": "A", "established": 2012}]}
        """;

    // when
    DatasetReading fromYaml = read(yaml);
    DatasetReading fromJson = reader.read(Fixtures.yaml("dates.json", json));

    // then
    assertThat(fromYaml.findings()).isEmpty();
    assertThat(fromYaml.snapshot().units())
        .extracting(u -> u.lifetime().toString())
        .containsExactly("2012 – 2012-04-04", "2024-01 – …");
    assertThat(fromJson.findings()).isEmpty();
    assertThat(fromJson.snapshot().units().get(0).established())
        .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2012"));
  }

  @Test
  void texts_may_be_given_in_several_languages_but_not_under_a_word_that_is_not_a_language_tag() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: dgf
            kind: directorate
            name: {fr: Direction de la famille, ar: مديرية الأسرة}
          - id: dpe
            kind: directorate
            name: {french: Direction de la protection de l’enfance}
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    assertThat(reading.snapshot().units()).hasSize(1);
    assertThat(reading.snapshot().units().get(0).name().in("ar")).isEqualTo("مديرية الأسرة");
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("field.type");
    assertThat(finding.path()).isEqualTo("/units/1/name/french");
    assertThat(finding.line()).hasValue(9);
  }

  @Test
  void an_object_too_malformed_to_be_made_is_left_out_and_the_next_ones_are_read() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - oops
          - id: sg
            kind: general-secretariat
            name: Secrétariat général
            posts:
              - {title: Secrétaire général}
              - {title: Secrétaire général adjoint, role: deputy}
        """;

    // when
    DatasetReading reading = read(yaml);

    // then
    assertThat(Fixtures.where(reading))
        .containsExactly("field.type /units/0 @4", "field.required /units/1/posts/0/role @9");
    assertThat(reading.snapshot().units()).hasSize(1);
    assertThat(reading.snapshot().units().get(0).posts())
        .extracting(p -> p.title().text())
        .containsExactly("Secrétaire général adjoint");
  }
}
