package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ShowingACommitmentGivesItsProgressAndStateTest {

  private final Datasets files = new Datasets(Fixtures.CHECK_DAY).with("upe.yaml", Fixtures.upe());

  @Test
  void the_upe_commitment_stands_at_35_percent_and_overdue_on_the_day_of_the_spec() {
    // given the two activities at 30 % and 40 %, January 2024 to December 2025

    // when
    Run run =
        Run.of(files, "show", "commitment", "upe", "--data", "upe.yaml", "--as-of", "2026-11-22");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .first()
        .isEqualTo("upe — Appui aux associations pour créer les unités de protection de l’enfance");
    assertThat(run.outLines())
        .contains(
            "  lead         MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille (msisf)",
            "  partners     Associations porteuses des 41 projets UPE (association)",
            "  period       no dates given",
            "  progress     ███████░░░░░░░░░░░░░  35.0 %  overdue",
            "  as of        2026-11-22",
            "    ██████░░░░░░░░░░░░░░  30.0 %  overdue          expected 100.0 %   2024-01 – 2025-12"
                + "   in-progress, weight 1");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void in_json_the_progress_is_a_number_and_the_state_its_code() {
    // when
    Run run =
        Run.of(
            files,
            "show",
            "commitment",
            "upe",
            "--data",
            "upe.yaml",
            "--as-of",
            "2026-11-22",
            "--format",
            "json");

    // then
    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("id").asText()).isEqualTo("upe");
    assertThat(json.get("asOf").asText()).isEqualTo("2026-11-22");
    assertThat(json.get("progress").asDouble()).isEqualTo(35.0);
    assertThat(json.get("state").asText()).isEqualTo("overdue");
    assertThat(json.get("lead").get("acronym").asText()).isEqualTo("MSISF");
    assertThat(json.get("period").get("start").isNull()).isTrue();
    JsonNode first = json.get("activities").get(0);
    assertThat(first.get("id").asText()).isEqualTo("suivi-appui-upe");
    assertThat(first.get("progress").asDouble()).isEqualTo(30.0);
    assertThat(first.get("expectedProgress").asDouble()).isEqualTo(100.0);
    assertThat(first.get("state").asText()).isEqualTo("overdue");
    assertThat(first.get("period").get("end").asText()).isEqualTo("2025-12");
  }

  @Test
  void on_a_day_within_the_activities_the_commitment_is_behind_its_schedule() {
    // when: 2025-12-01, the activities should be at about 95 %
    Run run =
        Run.of(
            files,
            "show",
            "commitment",
            "upe",
            "--data",
            "upe.yaml",
            "--as-of",
            "2025-12-01",
            "--format",
            "json");

    // then
    assertThat(run.json().get("state").asText()).isEqualTo("behind");
    assertThat(run.json().get("activities").get(0).get("expectedProgress").asDouble())
        .isBetween(95.0, 96.0);
  }

  @Test
  void without_a_date_the_figures_are_those_of_today_by_the_application_clock() {
    // given the clock stands on 2024-06-15

    // when
    Run run =
        Run.of(
            new Datasets(java.time.LocalDate.of(2024, 6, 15)).with("upe.yaml", Fixtures.upe()),
            "show",
            "commitment",
            "upe",
            "--data",
            "upe.yaml",
            "--format",
            "json");

    // then
    assertThat(run.json().get("asOf").asText()).isEqualTo("2024-06-15");
  }
}
