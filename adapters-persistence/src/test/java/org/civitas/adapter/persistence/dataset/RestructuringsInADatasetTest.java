package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The {@code restructurings} section: each type read with its own fields, what is wrong reported at
 * its place and line, and the units read as first established with the restructurings applied from
 * their dates.
 */
class RestructuringsInADatasetTest {

  private static final String UNITS =
      """
      civitas: 1
      language: fr
      units:
        - id: masspf
          kind: ministry
          name: Ministère de l’Action Sociale
        - id: dgas
          kind: general-directorate
          parent: masspf
          name: Direction générale de l’action sociale
          mandate:
            attributions:
              - élaborer la politique nationale d’action sociale
              - coordonner les interventions sociales
        - id: dgpe
          kind: general-directorate
          parent: masspf
          name: Direction générale de la protection de l’enfance
        - id: dpa
          kind: directorate
          parent: dgas
          name: Direction des personnes âgées
        - id: dgc
          kind: directorate
          parent: dgas
          name: Direction de la gestion des catastrophes
      commitments:
        - id: upe
          title: Appui aux associations
          lead: dgas
          period: {start: 2024-01, end: 2027-12}
      """;

  private final DatasetReader reader = new DatasetReader();

  private DatasetReading read(String restructurings) {
    return reader.read(Fixtures.yaml("ministere.yaml", UNITS + restructurings));
  }

  private static UnitId id(String value) {
    return UnitId.of(value);
  }

  @Test
  void each_type_is_read_with_its_own_fields() {
    // when
    DatasetReading reading =
        read(
            """
            restructurings:
              - {type: rename, unit: dgpe, name: Direction générale de l’enfance, acronym: DGE, date: 2020-03, basis: "Décret n° 2020-010/PR", note: le nom court}
              - {type: move, unit: dgc, parent: dgpe, date: 2021}
              - type: split
                unit: dgas
                into: [dpa, dgc]
                date: 2022-01-01
                attributions: {dpa: [0], dgc: [dgas/1]}
                commitments: {dpa: [upe]}
              - {type: move, unit: dpa, parent: masspf, date: 2022-01-01}
              - {type: merge, units: [dpa, dgc], into: dgpe, date: 2023-01-01}
              - {type: dissolve, unit: dgpe, date: 2024-06-30, dropped: [dgas/0, dgas/1], commitments: {masspf: [upe]}}
            """);

    // then
    assertThat(reading.findings()).isEmpty();
    assertThat(reading.snapshot().restructurings())
        .containsExactly(
            new Restructuring.Rename(
                id("dgpe"),
                LocalizedText.of("fr", "Direction générale de l’enfance"),
                Optional.of("DGE"),
                PartialDate.parse("2020-03"),
                Optional.of("Décret n° 2020-010/PR"),
                Optional.of("le nom court")),
            Restructuring.Move.of(id("dgc"), id("dgpe"), PartialDate.parse("2021")),
            Restructuring.Split.of(
                id("dgas"),
                ImmutableList.of(id("dpa"), id("dgc")),
                Handover.NONE
                    .withAttributions(id("dpa"), List.of(new Holding.Attribution(id("dgas"), 0)))
                    .withAttributions(id("dgc"), List.of(new Holding.Attribution(id("dgas"), 1)))
                    .withCommitments(id("dpa"), List.of(CommitmentId.of("upe"))),
                PartialDate.parse("2022-01-01")),
            Restructuring.Move.of(id("dpa"), id("masspf"), PartialDate.parse("2022-01-01")),
            Restructuring.Merge.of(
                ImmutableList.of(id("dpa"), id("dgc")),
                id("dgpe"),
                PartialDate.parse("2023-01-01")),
            new Restructuring.Dissolve(
                id("dgpe"),
                ImmutableList.of(),
                Handover.NONE
                    .withDropped(
                        List.of(
                            new Holding.Attribution(id("dgas"), 0),
                            new Holding.Attribution(id("dgas"), 1)))
                    .withCommitments(id("masspf"), List.of(CommitmentId.of("upe"))),
                PartialDate.parse("2024-06-30"),
                Optional.empty(),
                Optional.empty()));
    Snapshot snapshot = reading.snapshot();
    assertThat(snapshot.units().get(2).name().text())
        .as("the unit as first established")
        .isEqualTo("Direction générale de la protection de l’enfance");
    assertThat(snapshot.chart().unit(id("dgpe")).orElseThrow().labelOn(LocalDate.of(2021, 1, 1)))
        .isEqualTo("DGE — Direction générale de l’enfance");
    assertThat(snapshot.replay().leadOn(snapshot.commitments().get(0), LocalDate.of(2025, 1, 1)))
        .isEqualTo(id("masspf"));
  }

  @Test
  void a_field_of_another_type_is_unknown_and_the_message_lists_the_fields_of_this_one() {
    // when
    DatasetReading reading =
        read(
            """
            restructurings:
              - type: rename
                unit: dgpe
                parent: masspf
                name: Direction générale de l’enfance
                date: 2020
            """);

    // then
    assertThat(Fixtures.where(reading))
        .containsExactly("field.unknown /restructurings/0/parent @35");
    assertThat(reading.findings().get(0).finding().message())
        .isEqualTo(
            "'parent' is not a field of a rename: its fields are type, unit, name, acronym, date,"
                + " basis, note");
  }

  @Test
  void a_restructuring_without_type_or_date_or_of_an_unknown_type_is_left_out() {
    // when
    DatasetReading reading =
        read(
            """
            restructurings:
              - {unit: dgpe, date: 2020}
              - {type: fusion, units: [dpa, dgc], into: dgpe, date: 2020}
              - {type: move, unit: dgc, parent: dgpe}
            """);

    // then
    assertThat(Fixtures.where(reading))
        .containsExactly(
            "field.required /restructurings/0/type @33",
            "field.type /restructurings/1/type @34",
            "field.required /restructurings/2/date @35");
    assertThat(reading.findings().get(1).finding().message())
        .isEqualTo(
            "'fusion' is not a restructuring type: use one of rename, move, merge, split,"
                + " dissolve");
    assertThat(reading.snapshot().restructurings()).isEmpty();
  }

  @Test
  void a_merge_names_each_attribution_with_its_unit() {
    // when
    DatasetReading reading =
        Fixtures.formatOnlyReader()
            .read(
                Fixtures.yaml(
                    "ministere.yaml",
                    UNITS
                        + """
            restructurings:
              - type: merge
                units: [dgas, dgpe]
                into: masspf
                date: 2020
                attributions: {dpa: [0, dgas/x]}
            """));

    // then
    assertThat(Fixtures.where(reading))
        .containsExactly(
            "field.type /restructurings/0/attributions/dpa/0 @37",
            "id.invalid /restructurings/0/attributions/dpa/1 @37");
    assertThat(reading.findings().get(0).finding().message())
        .isEqualTo("expected UNIT/INDEX (a merge ends several units), found the number 0");
  }

  @Test
  void a_restructuring_that_cannot_take_effect_is_reported_at_its_line() {
    // when: a split into one unit, then a dissolution handing over what the unit does not hold
    DatasetReading reading =
        read(
            """
            restructurings:
              - type: split
                unit: dgas
                into: [dpa]
                date: 2022-01-01
              - type: dissolve
                unit: dgpe
                successors: [dgas]
                date: 2021
                attributions:
                  dgas: [3]
            """);

    // then
    assertThat(Fixtures.where(reading))
        .containsExactly(
            "restructuring.invalid /restructurings/0/into @35",
            "restructuring.invalid /restructurings/1/attributions/dgas/0 @42");
    assertThat(reading.findings().get(1).finding().message())
        .isEqualTo(
            "the dissolve of 2021 cannot take effect: unit 'dgpe' has no attribution: remove"
                + " attribution 3");
    assertThat(reading.hasErrors()).isTrue();
  }

  @Test
  void a_restructuring_naming_a_unit_of_another_file_is_read_with_it() {
    // given the units in one file, a rename in another
    DatasetSource units = Fixtures.yaml("unites.yaml", UNITS);
    DatasetSource renames =
        Fixtures.yaml(
            "restructurations.yaml",
            """
            civitas: 1
            language: fr
            restructurings:
              - {type: rename, unit: dgpe, name: Direction générale de l’enfance, date: 2020}
              - {type: rename, unit: dginconnue, name: Direction, date: 2020}
            """);

    // when
    DatasetReading reading = reader.read(List.of(units, renames));

    // then
    assertThat(reading.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo("restructurations.yaml");
              assertThat(f.finding().code()).isEqualTo("ref.unknown");
              assertThat(f.finding().path()).isEqualTo("/restructurings/1/unit");
              assertThat(f.finding().line()).hasValue(5);
            });
  }
}
