package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Rule;
import org.junit.jupiter.api.Test;

/**
 * Files read together make one snapshot, checked once; a finding of that check is reported in the
 * file, at the pointer and on the line it comes from.
 */
class SeveralFilesTest {

  private static final DatasetSource MINISTRY =
      Fixtures.yaml(
          "ministere.yaml",
          """
          civitas: 1
          language: fr
          units:
            - id: masspf
              kind: ministry
              name: Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme
            - id: dgas
              kind: general-directorate
              parent: masspf
              name: Direction générale de l’action sociale
          """);

  /** A stand-in for the snapshot rules: every parent that is not a unit of the snapshot. */
  private static List<Finding> unknownParents(Snapshot snapshot) {
    Set<UnitId> ids = snapshot.units().stream().map(OrgUnit::id).collect(Collectors.toSet());
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < snapshot.units().size(); i++) {
      String path = "/units/" + i + "/parent";
      snapshot
          .units()
          .get(i)
          .parent()
          .filter(parent -> !ids.contains(parent))
          .ifPresent(
              parent ->
                  findings.add(Finding.at(Rule.REF_UNKNOWN, path, "no unit '" + parent + "'")));
    }
    return findings;
  }

  private final DatasetReader reader =
      new DatasetReader(DatasetLimits.DEFAULT, SeveralFilesTest::unknownParents);

  @Test
  void a_unit_may_name_as_parent_a_unit_of_another_file() {
    // given
    DatasetSource directions =
        Fixtures.yaml(
            "directions.yaml",
            """
            civitas: 1
            language: fr
            units:
              - id: dpa
                kind: directorate
                parent: dgas
                name: Direction des personnes âgées
            """);

    // when
    DatasetReading reading = reader.read(MINISTRY, directions);

    // then
    assertThat(reading.findings()).isEmpty();
    assertThat(reading.snapshot().units())
        .extracting(u -> u.id().value())
        .containsExactly("masspf", "dgas", "dpa");
    assertThat(
            reading
                .snapshot()
                .chart()
                .on(java.time.LocalDate.of(2024, 1, 1))
                .ancestors(UnitId.of("dpa")))
        .containsExactly(UnitId.of("dgas"), UnitId.of("masspf"));
  }

  @Test
  void a_finding_in_the_second_file_names_that_file_with_its_own_pointer_and_line() {
    // given
    DatasetSource directions =
        Fixtures.yaml(
            "directions.yaml",
            """
            civitas: 1
            language: fr
            units:
              - id: dpa
                kind: directorate
                parent: dgas
                name: Direction des personnes âgées
              - id: dgc
                kind: directorate
                name: Direction de la gestion des catastrophes
                parent: dg-action-sociale
            """);

    // when
    DatasetReading reading = reader.read(MINISTRY, directions);

    // then
    assertThat(reading.findings()).hasSize(1);
    DatasetFinding finding = reading.findings().get(0);
    assertThat(finding.source()).isEqualTo("directions.yaml");
    assertThat(finding.finding().code()).isEqualTo("ref.unknown");
    assertThat(finding.finding().path()).isEqualTo("/units/1/parent");
    assertThat(finding.finding().line()).hasValue(11);
    assertThat(finding.toString())
        .isEqualTo(
            "directions.yaml:11: error ref.unknown /units/1/parent: no unit 'dg-action-sociale'");
  }

  @Test
  void pointers_skip_over_the_items_left_out_as_malformed() {
    // given
    DatasetSource directions =
        Fixtures.yaml(
            "directions.yaml",
            """
            civitas: 1
            language: fr
            units:
              - id: cellule
                name: Cellule sans nature
              - id: dgc
                kind: directorate
                name: Direction de la gestion des catastrophes
                parent: dg-action-sociale
            """);

    // when
    DatasetReading reading = reader.read(MINISTRY, directions);

    // then
    assertThat(reading.findings())
        .extracting(DatasetFinding::toString)
        .containsExactly(
            "directions.yaml:4: error field.required /units/0/kind: 'kind' is missing: every unit"
                + " needs one",
            "directions.yaml:9: error ref.unknown /units/1/parent: no unit 'dg-action-sociale'");
  }

  @Test
  void a_reference_to_a_unit_left_out_as_malformed_is_not_reported_again() {
    // given
    DatasetSource directions =
        Fixtures.yaml(
            "directions.yaml",
            """
            civitas: 1
            language: fr
            units:
              - id: dgpe
                kind: direction-generale
                parent: masspf
                name: Direction générale de la protection de l’enfance
              - id: dpsv
                kind: directorate
                parent: dgpe
                name: Direction de la prévention des situations de vulnérabilité
            """);

    // when
    DatasetReading reading = reader.read(MINISTRY, directions);

    // then
    assertThat(Fixtures.where(reading)).containsExactly("field.type /units/0/kind @5");
    assertThat(reading.findings().get(0).source()).isEqualTo("directions.yaml");
  }

  @Test
  void findings_of_each_file_come_in_file_order_then_line_order() {
    // given
    DatasetSource first =
        Fixtures.yaml(
            "a.yaml",
            """
            civitas: 1
            language: fr
            units:
              - {id: a, kind: service, name: A, parent: nowhere}
              - {id: b, kind: servise, name: B}
            """);
    DatasetSource second =
        Fixtures.yaml(
            "b.yaml",
            """
            civitas: 1
            languag: fr
            """);

    // when
    DatasetReading reading = reader.read(first, second);

    // then
    assertThat(reading.findings())
        .extracting(f -> f.source() + " " + f.finding().code() + " " + f.finding().path())
        .containsExactly(
            "a.yaml ref.unknown /units/0/parent",
            "a.yaml field.type /units/1/kind",
            "b.yaml field.required /language",
            "b.yaml field.unknown /languag");
  }

  @Test
  void a_place_named_in_a_message_is_the_place_in_its_own_file() {
    // given the second file reuses an id of the first, checked by the real snapshot rules
    DatasetSource again =
        Fixtures.yaml(
            "encore.yaml",
            """
            civitas: 1
            language: fr
            units:
              - id: dgas
                kind: general-directorate
                parent: masspf
                name: Direction générale de l’action sociale (bis)
            """);

    // when
    DatasetReading reading = new DatasetReader().read(MINISTRY, again);

    // then
    assertThat(reading.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo("encore.yaml");
              assertThat(f.finding().path()).isEqualTo("/units/0/id");
              assertThat(f.finding().message()).contains("already used at ministere.yaml /units/1");
            });
  }

  @Test
  void a_listener_hears_each_file_read_in_turn_then_the_check_of_the_rules() {
    // given
    DatasetSource directions =
        Fixtures.yaml(
            "directions.yaml",
            """
            civitas: 1
            language: fr
            units:
              - id: dpa
                kind: directorate
                parent: dgas
                name: Direction des personnes âgées
            """);
    List<String> heard = new ArrayList<>();
    DatasetReader checking =
        new DatasetReader(
            DatasetLimits.DEFAULT,
            snapshot -> {
              heard.add("rules over " + snapshot.units().size() + " units");
              return List.of();
            });

    // when
    checking.read(
        List.of(MINISTRY, directions),
        new DatasetReader.Listener() {
          @Override
          public void fileRead(DatasetSource source) {
            heard.add("read " + source.name());
          }

          @Override
          public void checkingRules() {
            heard.add("checking");
          }
        });

    // then
    assertThat(heard)
        .containsExactly(
            "read ministere.yaml", "read directions.yaml", "checking", "rules over 3 units");
  }
}
