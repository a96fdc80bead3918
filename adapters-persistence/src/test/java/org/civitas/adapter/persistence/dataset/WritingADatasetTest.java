package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class WritingADatasetTest {

  private final DatasetWriter writer = new DatasetWriter();
  private final DatasetReader reader = new DatasetReader();

  @Test
  void yaml_is_written_in_block_style_in_the_order_of_the_format_without_absent_fields() {
    // given
    Snapshot togo = Fixtures.togoFragment();

    // when
    String yaml = writer.write(togo, DatasetFormat.YAML);

    // then
    assertThat(yaml)
        .isEqualTo(
"""
civitas: 1
language: fr
units:
  - id: masspf
    kind: ministry
    name: Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme
    territory:
      level: national
      name: Togo
  - id: sg
    kind: general-secretariat
    parent: masspf
    name: Secrétariat général
    posts:
      - title: Secrétaire général
        role: head
    mandate:
      exhaustive: false
      attributions:
        - coordonner le fonctionnement des services techniques du ministère
        - text: assurer la coordination de l’élaboration du projet de budget du département et suivre son exécution
          themes:
            - budget
  - id: dpsse
    kind: directorate
    parent: masspf
    name: Direction de la planification des statistiques et du suivi-évaluation
    mandate:
      attributions:
        - soutenir le secrétariat général dans ses missions de coordination, de planification, de suivi-évaluation des activités du ministère
    links:
      - type: attached-to
        unit: sg
  - id: drasspf
    kind: regional-directorate
    parent: masspf
    name: Directions régionales de l'action sociale, de la solidarité et de la promotion de la femme
    mandate:
      attributions:
        - assurer les missions dévolues au ministère dans leur ressort territorial
""");
  }

  @Test
  void
      a_text_in_several_languages_is_a_map_and_dates_and_defaults_are_written_as_the_format_says() {
    // given
    Snapshot upe = Fixtures.upeCommitment();

    // when
    String yaml = writer.write(upe, DatasetFormat.YAML);

    // then
    assertThat(yaml)
        .contains(
            """
                name:
                  fr: Ministère de la Solidarité, de l'Insertion Sociale et de la Famille
                  ar: وزارة التضامن والإدماج الاجتماعي والأسرة
                acronym: MSISF
            """)
        .contains(
"""
    period:
      start: 2024-01
      end: 2025-12
    expected-result: |-
      L'implication des associations d’appui des unités de protection de l'enfance dans la mise en
      œuvre des dispositifs territoriaux intégrés pour la protection de l’enfance.
""")
        .contains(
            """
                    baseline:
                      value: 0
                      date: 2024-01
            """)
        .contains(
            """
                    status: in-progress
                    progress: 30
                    weight: 1
            """)
        .doesNotContain("---");
  }

  @Test
  void json_is_pretty_utf8_with_dates_as_strings() {
    // given
    Snapshot upe = Fixtures.upeCommitment();

    // when
    String json = writer.write(upe, DatasetFormat.JSON);

    // then
    assertThat(json)
        .startsWith(
            """
            {
              "civitas": 1,
              "language": "fr",
              "units": [
                {
                  "id": "msisf",
                  "kind": "ministry",
                  "name": {
                    "fr": "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
                    "ar": "وزارة التضامن والإدماج الاجتماعي والأسرة"
                  },
            """)
        .contains("\"established\": \"1957\"")
        .contains(
            "\"measurements\": [\n"
                + "            {\n"
                + "              \"date\": \"2024-12-31\",\n"
                + "              \"value\": 3.5\n")
        .endsWith("}\n");
  }

  @Test
  void what_is_written_reads_back_equal_in_both_formats() {
    // given
    List<Snapshot> snapshots = List.of(Fixtures.togoFragment(), Fixtures.upeCommitment());

    for (Snapshot snapshot : snapshots) {
      for (DatasetFormat format : DatasetFormat.values()) {
        // when
        byte[] written = writer.write(snapshot, format).getBytes(StandardCharsets.UTF_8);
        DatasetReading reading = reader.read(DatasetSource.of("export", written).as(format));

        // then
        assertThat(Fixtures.formatFindings(reading)).isEmpty();
        assertThat(reading.snapshot()).isEqualTo(snapshot);
      }
    }
  }

  @Test
  void a_unit_moved_over_time_is_written_under_its_latest_parent() {
    // given
    OrgUnit moved =
        OrgUnit.builder()
            .id(UnitId.of("dpa"))
            .kind(UnitKind.DIRECTORATE)
            .name(Fixtures.fr("Direction des personnes âgées"))
            .addParents(
                new ParentLink(UnitId.of("dgas"), Period.until(PartialDate.ofMonth(2023, 12))),
                new ParentLink(UnitId.of("dgpe"), Period.from(PartialDate.ofMonth(2024, 1))))
            .build();
    Snapshot snapshot =
        new Snapshot(ImmutableList.of(moved), ImmutableList.of(), ImmutableList.of());

    // when
    String yaml = writer.write(snapshot, DatasetFormat.YAML);

    // then
    assertThat(yaml).contains("    parent: dgpe\n").doesNotContain("dgas");
  }

  @Test
  void plain_strings_are_in_the_language_most_names_are_written_in() {
    // given
    Snapshot arabic =
        new Snapshot(
            ImmutableList.of(
                OrgUnit.builder()
                    .id(UnitId.of("a"))
                    .kind(UnitKind.SERVICE)
                    .name(Fixtures.fr("Service A"))
                    .build(),
                OrgUnit.builder()
                    .id(UnitId.of("b"))
                    .kind(UnitKind.SERVICE)
                    .name(org.civitas.domain.text.LocalizedText.of("ar", "مصلحة ب"))
                    .build(),
                OrgUnit.builder()
                    .id(UnitId.of("c"))
                    .kind(UnitKind.SERVICE)
                    .name(org.civitas.domain.text.LocalizedText.of("ar", "مصلحة ج"))
                    .build()),
            ImmutableList.of(),
            ImmutableList.of());

    // when
    String yaml = writer.write(arabic, DatasetFormat.YAML);

    // then
    assertThat(DatasetWriter.mainLanguage(arabic)).isEqualTo("ar");
    assertThat(yaml)
        .contains("language: ar\n")
        .contains("    name:\n      fr: Service A\n")
        .contains("    name: مصلحة ب\n");
  }
}
