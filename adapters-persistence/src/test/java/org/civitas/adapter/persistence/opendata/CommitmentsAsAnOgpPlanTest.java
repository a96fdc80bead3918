package org.civitas.adapter.persistence.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.adapter.persistence.Fixtures;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The OGP table gives one row per milestone with its commitment's fields and the figures of the day
 * asked, and reads back field for field as RFC 4180 says.
 */
class CommitmentsAsAnOgpPlanTest {

  @Test
  void each_milestone_is_a_row_with_its_commitment_and_the_figures_of_the_day() {
    // given
    Snapshot upe = Examples.example("maroc-upe.yaml");

    // when seed 004's check day: both activities overdue, the commitment at 35 %
    List<Map<String, String>> rows =
        rows(Examples.export(upe, OpenDataFormat.OGP_CSV, LocalDate.of(2026, 11, 22)));

    // then
    assertThat(rows).hasSize(2);
    Map<String, String> first = rows.get(0);
    assertThat(first)
        .containsEntry("commitment_id", "upe")
        .containsEntry(
            "commitment_title",
            "Appui aux associations pour créer les unités de protection de l’enfance")
        .containsEntry("lead_institution_id", "msisf")
        .containsEntry(
            "lead_institution",
            "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille")
        .containsEntry("contributors", "")
        .containsEntry("partners", "Associations porteuses des 41 projets UPE")
        .containsEntry("period_start", "1970-01")
        .containsEntry("period_end", "1970-01")
        .containsEntry("problem", upe.commitments().get(0).problem().orElseThrow().text())
        .containsEntry("solution", upe.commitments().get(0).solution().orElseThrow().text())
        .containsEntry(
            "expected_result", upe.commitments().get(0).expectedResult().orElseThrow().text())
        .containsEntry("milestone_id", "suivi-appui-upe")
        .containsEntry("milestone_start", "2024-01")
        .containsEntry("milestone_end", "2025-12")
        .containsEntry("milestone_status", "in-progress")
        .containsEntry("milestone_progress", "30")
        .containsEntry("milestone_weight", "1")
        .containsEntry("as_of", "2026-11-22")
        .containsEntry("milestone_expected_progress", "100")
        .containsEntry("milestone_schedule_state", "overdue")
        .containsEntry("commitment_progress", "35")
        .containsEntry("commitment_schedule_state", "overdue");
    assertThat(rows.get(1))
        .containsEntry("milestone_id", "formation-travailleurs-sociaux")
        .containsEntry("milestone_progress", "40")
        .containsEntry("commitment_progress", "35");
  }

  @Test
  void within_the_plan_the_expected_progress_is_the_share_of_days_gone_by() {
    // when a year into 2024-01 – 2025-12: 366 days of 730
    List<Map<String, String>> rows =
        rows(
            Examples.export(
                Examples.example("maroc-upe.yaml"),
                OpenDataFormat.OGP_CSV,
                LocalDate.of(2025, 1, 1)));

    // then 30 and 40 are more than 10 points under 50.1
    assertThat(rows)
        .extracting(
            r -> r.get("milestone_expected_progress"),
            r -> r.get("milestone_schedule_state"),
            r -> r.get("commitment_schedule_state"))
        .containsExactly(tuple("50.1", "behind", "behind"), tuple("50.1", "behind", "behind"));
  }

  @Test
  void the_header_names_every_column_in_order() {
    // when
    String csv = Examples.export(Snapshot.EMPTY, OpenDataFormat.OGP_CSV, LocalDate.of(2025, 1, 1));

    // then
    assertThat(csv)
        .isEqualTo(
            "commitment_id,commitment_title,lead_institution_id,lead_institution,contributors,"
                + "partners,period_start,period_end,problem,solution,expected_result,milestone_id,"
                + "milestone_title,milestone_start,milestone_end,milestone_status,"
                + "milestone_progress,milestone_weight,as_of,milestone_expected_progress,"
                + "milestone_schedule_state,commitment_progress,commitment_schedule_state\r\n");
    assertThat(String.join(",", OgpCsvExport.HEADER) + "\r\n").isEqualTo(csv);
  }

  @Test
  void commas_quotes_and_line_breaks_are_quoted_and_read_back_as_written() {
    // given
    String title = "Appui aux « UPE », dites \"unités\"";
    String problem = "Première ligne, avec virgule\nSeconde ligne ; « guillemets »";
    Commitment quoted =
        ImmutableCommitment.copyOf(Fixtures.upe())
            .withTitle(LocalizedText.of("fr", title))
            .withProblem(LocalizedText.of("fr", problem));
    Snapshot record =
        new Snapshot(Fixtures.togoUnits(), ImmutableList.of(), ImmutableList.of(quoted));

    // when
    String csv = Examples.export(record, OpenDataFormat.OGP_CSV, LocalDate.of(2025, 1, 1));

    // then
    assertThat(csv)
        .contains(",\"Appui aux « UPE », dites \"\"unités\"\"\",")
        .contains(",\"Première ligne, avec virgule\nSeconde ligne ; « guillemets »\",");
    assertThat(csv.split("\r\n", -1)).hasSize(4).endsWith("");
    assertThat(rows(csv))
        .extracting(r -> r.get("commitment_title"), r -> r.get("problem"))
        .containsOnly(tuple(title, problem));
  }

  @Test
  void names_stand_for_units_and_a_unit_the_record_lacks_is_given_by_its_id() {
    // given the UPE commitment under the DGPE, its contributor not in the record
    Snapshot record =
        new Snapshot(
            Fixtures.togoUnits(), ImmutableList.of(), ImmutableList.of(Fixtures.upeDgpe()));

    // when
    List<Map<String, String>> rows =
        rows(Examples.export(record, OpenDataFormat.OGP_CSV, LocalDate.of(2025, 1, 1)));

    // then
    assertThat(rows.get(0))
        .containsEntry("lead_institution_id", "dgpe")
        .containsEntry("lead_institution", "Direction générale de la protection de l’enfance")
        .containsEntry("contributors", "entraide-nationale");
    assertThat(rows.get(1))
        .as("an activity without end has no expected progress, and weighs 2.5")
        .containsEntry("milestone_start", "2024")
        .containsEntry("milestone_end", "")
        .containsEntry("milestone_expected_progress", "")
        .containsEntry("milestone_weight", "2.5")
        .containsEntry("milestone_schedule_state", "on-track")
        .containsEntry("commitment_progress", "35.4");
  }

  @Test
  void the_lead_is_named_as_it_was_on_the_day_asked() {
    // given the ministry that leads the UPE commitment, renamed in October 2019 and 2021
    Snapshot upe = Examples.example("maroc-upe.yaml");

    // when
    List<Map<String, String>> rows =
        rows(Examples.export(upe, OpenDataFormat.OGP_CSV, LocalDate.of(2020, 6, 1)));

    // then
    assertThat(rows.get(0))
        .containsEntry("lead_institution_id", "msisf")
        .containsEntry(
            "lead_institution",
            "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille");
  }

  @Test
  void a_commitment_without_milestone_gets_one_row_without_figures() {
    // given
    Commitment bare = ImmutableCommitment.copyOf(Fixtures.upe()).withActivities(ImmutableList.of());
    Snapshot record = new Snapshot(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(bare));

    // when
    List<Map<String, String>> rows =
        rows(Examples.export(record, OpenDataFormat.OGP_CSV, LocalDate.of(2025, 1, 1)));

    // then
    assertThat(rows).hasSize(1);
    Map<String, String> row = rows.get(0);
    assertThat(row).containsEntry("commitment_id", "upe").containsEntry("as_of", "2025-01-01");
    for (String column :
        List.of(
            "milestone_id",
            "milestone_title",
            "milestone_status",
            "milestone_progress",
            "milestone_weight",
            "milestone_expected_progress",
            "milestone_schedule_state",
            "commitment_progress",
            "commitment_schedule_state")) {
      assertThat(row).containsEntry(column, "");
    }
  }

  /** The rows under the header, each as column → value, read as RFC 4180 says. */
  static List<Map<String, String>> rows(String csv) {
    List<List<String>> records = parse(csv);
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      assertThat(record).as("fields of a row").hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), record.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Records ended by CRLF; a quoted field may hold commas, CR, LF and doubled quotes. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(quoted).as("every quote closed").isFalse();
    assertThat(record).as("the last row ends with CRLF").isEmpty();
    return records;
  }
}
