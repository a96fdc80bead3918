package org.civitas.adapter.persistence.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.adapter.persistence.opendata.Rdf.CIVITAS;
import static org.civitas.adapter.persistence.opendata.Rdf.DCT;
import static org.civitas.adapter.persistence.opendata.Rdf.ORG;
import static org.civitas.adapter.persistence.opendata.Rdf.SKOS;
import static org.civitas.adapter.persistence.opendata.Rdf.XSD;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.adapter.persistence.Fixtures;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Each restructuring that took effect is one {@code org:ChangeEvent} of the JSON-LD export, read
 * back as RDF: the units before it and those it gave, its date as precise as the source, its legal
 * basis; a change a restructuring implies is not told a second time; names are those of the day.
 */
class RestructuringsReadAsChangeEventsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final String UNITS = "urn:civitas:units/";
  private static final String RESTRUCTURINGS = "urn:civitas:restructurings/";

  private static final String FIRST_NAME =
      "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social";
  private static final String NAME_OF_2019 =
      "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille";
  private static final String NAME_OF_2021 =
      "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille";

  @Test
  void the_moroccan_ministry_renamed_twice_is_the_one_unit_of_two_rename_events() {
    // given
    Snapshot maroc = Examples.example("maroc-upe.yaml");

    // when
    Rdf rdf = Rdf.read(Examples.export(maroc, OpenDataFormat.JSONLD, DAY));

    // then
    String msisf = UNITS + "msisf";
    String in2019 = RESTRUCTURINGS + "2019-10-09-rename-msisf";
    String in2021 = RESTRUCTURINGS + "2021-10-07-rename-msisf";
    assertThat(rdf.ofType(ORG + "ChangeEvent")).containsExactlyInAnyOrder(in2019, in2021);
    for (String rename : new String[] {in2019, in2021}) {
      assertThat(rdf.resources(rename, ORG + "originalOrganization")).containsExactly(msisf);
      assertThat(rdf.resources(rename, ORG + "resultingOrganization")).containsExactly(msisf);
      assertThat(rdf.literal(rename, DCT + "type").object()).isEqualTo("renamed");
      assertThat(rdf.literals(rename, DCT + "source")).as("no source gives the decree").isEmpty();
    }
    assertThat(rdf.literal(in2019, DCT + "date"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("2019-10-09", XSD + "date");
    assertThat(rdf.literal(in2021, DCT + "date"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("2021-10-07", XSD + "date");
    assertThat(rdf.literal(in2019, CIVITAS + "newName"))
        .extracting(Rdf.Triple::object, Rdf.Triple::language)
        .containsExactly(NAME_OF_2019, "fr");
    assertThat(rdf.literal(in2021, DCT + "description").object())
        .isEqualTo("Gouvernement du 7 octobre 2021");
    assertThat(rdf.resources(msisf, ORG + "changedBy")).containsExactlyInAnyOrder(in2019, in2021);
    assertThat(rdf.resources(msisf, ORG + "resultedFrom"))
        .containsExactlyInAnyOrder(in2019, in2021);
  }

  @Test
  void a_unit_is_labelled_with_the_name_of_the_day_and_its_other_names_are_alternatives() {
    // given
    Snapshot maroc = Examples.example("maroc-upe.yaml");

    // when
    Rdf in2020 = Rdf.read(Examples.export(maroc, OpenDataFormat.JSONLD, LocalDate.of(2020, 1, 1)));
    Rdf in2025 = Rdf.read(Examples.export(maroc, OpenDataFormat.JSONLD, DAY));

    // then
    String msisf = UNITS + "msisf";
    assertThat(in2020.literal(msisf, SKOS + "prefLabel").object()).isEqualTo(NAME_OF_2019);
    assertThat(in2020.literals(msisf, SKOS + "altLabel"))
        .extracting(Rdf.Triple::object)
        .containsExactlyInAnyOrder(FIRST_NAME, NAME_OF_2021, "MSISF");
    assertThat(in2025.literal(msisf, SKOS + "prefLabel").object()).isEqualTo(NAME_OF_2021);
    assertThat(in2025.literals(msisf, SKOS + "altLabel"))
        .allSatisfy(label -> assertThat(label.language()).isEqualTo("fr"))
        .extracting(Rdf.Triple::object)
        .containsExactlyInAnyOrder("MSISF", FIRST_NAME, NAME_OF_2019);
  }

  @Test
  void a_merge_ends_its_units_into_its_result_and_tells_neither_end_nor_start_again() {
    // given
    Snapshot record = restructured();

    // when
    Rdf rdf = Rdf.read(Examples.export(record, OpenDataFormat.JSONLD, DAY));

    // then
    String merge = RESTRUCTURINGS + "2022-01-01-merge-dpsv+daed+dpe";
    assertThat(rdf.types(merge)).containsExactly(ORG + "ChangeEvent");
    assertThat(rdf.resources(merge, ORG + "originalOrganization"))
        .containsExactlyInAnyOrder(UNITS + "dpsv", UNITS + "daed");
    assertThat(rdf.resources(merge, ORG + "resultingOrganization")).containsExactly(UNITS + "dpe");
    assertThat(rdf.literal(merge, DCT + "type").object()).isEqualTo("merged");
    assertThat(rdf.literal(merge, DCT + "date"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("2022-01-01", XSD + "date");
    assertThat(rdf.literal(merge, DCT + "source").object()).isEqualTo("Décret n° 2021-117/PR");
    assertThat(rdf.resources(UNITS + "daed", ORG + "changedBy")).containsExactly(merge);
    assertThat(rdf.resources(UNITS + "dpe", ORG + "resultedFrom")).containsExactly(merge);
    assertThat(rdf.subjects())
        .doesNotContain(UNITS + "dpsv/dissolved", UNITS + "daed/dissolved")
        .doesNotContain(UNITS + "dpe/established");
  }

  @Test
  void a_split_ends_its_unit_into_its_results_and_a_successor_there_before_keeps_its_start() {
    // given
    Snapshot record = restructured();

    // when
    Rdf rdf = Rdf.read(Examples.export(record, OpenDataFormat.JSONLD, DAY));

    // then
    String split = RESTRUCTURINGS + "2023-07-split-dgas+dgs+dgaf";
    assertThat(rdf.resources(split, ORG + "originalOrganization")).containsExactly(UNITS + "dgas");
    assertThat(rdf.resources(split, ORG + "resultingOrganization"))
        .containsExactlyInAnyOrder(UNITS + "dgs", UNITS + "dgaf");
    assertThat(rdf.literal(split, DCT + "type").object()).isEqualTo("split");
    assertThat(rdf.literal(split, DCT + "date"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("2023-07", XSD + "gYearMonth");
    assertThat(rdf.literals(split, DCT + "source")).isEmpty();
    String dgafEstablished = UNITS + "dgaf/established";
    assertThat(rdf.resources(UNITS + "dgaf", ORG + "resultedFrom"))
        .containsExactlyInAnyOrder(dgafEstablished, split);
    assertThat(rdf.literal(dgafEstablished, DCT + "date").object()).isEqualTo("2020");
    assertThat(rdf.resources(UNITS + "dgas", ORG + "changedBy")).containsExactly(split);
    assertThat(rdf.resources(UNITS + "dgas", ORG + "subOrganizationOf"))
        .as("ended before the day asked")
        .isEmpty();
    assertThat(rdf.ofType(ORG + "ChangeEvent"))
        .containsExactlyInAnyOrder(
            dgafEstablished, RESTRUCTURINGS + "2022-01-01-merge-dpsv+daed+dpe", split);
  }

  @Test
  void two_restructurings_of_one_day_type_and_units_have_iris_of_their_own() {
    // given the SG renamed twice in March 2020 (made up): the second name is the one kept
    Snapshot record =
        new Snapshot(
            Fixtures.togoUnits(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(
                Restructuring.Rename.of(
                    UnitId.of("sg"),
                    Fixtures.fr("Secrétariat général du ministère"),
                    Optional.empty(),
                    PartialDate.ofMonth(2020, 3)),
                Restructuring.Rename.of(
                    UnitId.of("sg"),
                    Fixtures.fr("Secrétariat général du Ministère"),
                    Optional.of("SGM"),
                    PartialDate.ofMonth(2020, 3))));

    // when
    Rdf rdf = Rdf.read(Examples.export(record, OpenDataFormat.JSONLD, DAY));

    // then
    String first = RESTRUCTURINGS + "2020-03-rename-sg";
    String second = first + "-2";
    assertThat(rdf.ofType(ORG + "ChangeEvent")).containsExactlyInAnyOrder(first, second);
    assertThat(rdf.literal(second, CIVITAS + "newName").object())
        .isEqualTo("Secrétariat général du Ministère");
    assertThat(rdf.literal(second, DCT + "date").datatype()).isEqualTo(XSD + "gYearMonth");
  }

  @Test
  void a_move_changes_its_unit_and_names_its_new_parent() {
    // given the DPA moved under the DGPE in 2021 by an arrêté (made up)
    Snapshot record =
        new Snapshot(
            Fixtures.togoUnits(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(
                new Restructuring.Move(
                    UnitId.of("dpa"),
                    UnitId.of("dgpe"),
                    PartialDate.ofYear(2021),
                    Optional.of("Arrêté n° 2021-004"),
                    Optional.empty())));

    // when
    Rdf rdf = Rdf.read(Examples.export(record, OpenDataFormat.JSONLD, DAY));

    // then
    String move = RESTRUCTURINGS + "2021-move-dpa+dgpe";
    assertThat(rdf.resources(move, ORG + "originalOrganization")).containsExactly(UNITS + "dpa");
    assertThat(rdf.resources(move, ORG + "resultingOrganization")).containsExactly(UNITS + "dpa");
    assertThat(rdf.resources(move, CIVITAS + "newParent")).containsExactly(UNITS + "dgpe");
    assertThat(rdf.literal(move, DCT + "type").object()).isEqualTo("moved");
    assertThat(rdf.literal(move, DCT + "date"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("2021", XSD + "gYear");
    assertThat(rdf.literal(move, DCT + "source").object()).isEqualTo("Arrêté n° 2021-004");
    assertThat(rdf.resources(UNITS + "dpa", ORG + "subOrganizationOf"))
        .containsExactly(UNITS + "dgpe");
  }

  /**
   * Part of the Togolese ministry restructured (all made up): the two directorates of the child
   * protection merged into a new directorate on 1 January 2022 by a decree, and the general
   * directorate of social action split in July 2023 into a new general directorate of solidarity
   * and the general directorate of family affairs, there since 2020.
   */
  static Snapshot restructured() {
    OrgUnit dpe =
        Fixtures.unit(
                "dpe", UnitKind.DIRECTORATE, "dgpe", "Direction de la protection de l’enfance")
            .lifetime(Period.from(PartialDate.ofDay(2022, 1, 1)))
            .build();
    OrgUnit dgs =
        Fixtures.unit(
                "dgs",
                UnitKind.GENERAL_DIRECTORATE,
                "masspf",
                "Direction générale de la solidarité")
            .lifetime(Period.from(PartialDate.ofMonth(2023, 7)))
            .build();
    OrgUnit dgaf =
        Fixtures.unit(
                "dgaf",
                UnitKind.GENERAL_DIRECTORATE,
                "masspf",
                "Direction générale des affaires familiales")
            .lifetime(Period.from(PartialDate.ofYear(2020)))
            .build();
    return new Snapshot(
        ImmutableList.<OrgUnit>builder().addAll(Fixtures.togoUnits()).add(dpe, dgs, dgaf).build(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(
            new Restructuring.Merge(
                ImmutableList.of(UnitId.of("dpsv"), UnitId.of("daed")),
                UnitId.of("dpe"),
                Handover.NONE,
                PartialDate.ofDay(2022, 1, 1),
                Optional.of("Décret n° 2021-117/PR"),
                Optional.empty()),
            Restructuring.Split.of(
                UnitId.of("dgas"),
                ImmutableList.of(UnitId.of("dgs"), UnitId.of("dgaf")),
                Handover.NONE,
                PartialDate.ofMonth(2023, 7))));
  }
}
