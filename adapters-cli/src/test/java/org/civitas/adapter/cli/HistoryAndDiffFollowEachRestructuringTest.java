package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class HistoryAndDiffFollowEachRestructuringTest {

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY).with("togo.yaml", Restructured.togo());

  @Test
  void the_history_of_a_unit_gives_its_names_parents_and_the_unit_it_absorbed() {
    // when
    Run run = Run.of(files, "history", "dpsv", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "DPEV — Direction de la protection de l’enfant vulnérable",
            "  id           dpsv",
            "  kind         directorate",
            "  lifetime     no dates given",
            "",
            "Names",
            "  until 2024-12-31  Direction de la prévention des situations de vulnérabilité",
            "  since 2025-01-01  DPEV — Direction de la protection de l’enfant vulnérable"
                + " · rename 2025 · Décret n° 2024-200",
            "",
            "Parents",
            "  no dates given  Direction générale de la protection de l’enfance (dgpe)",
            "",
            "Predecessors",
            "  2025-01-01  merge    Direction d’assistance à l’enfant en difficulté (daed)"
                + " · Décret n° 2024-200",
            "",
            "Successors",
            "  none");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void a_unit_moved_sat_under_each_parent_for_its_days() {
    // when
    Run run = Run.of(files, "history", "dpa", "--data", "togo.yaml");

    // then
    assertThat(run.outLines())
        .containsSequence(
            "Parents",
            "  until 2023-12-31  Direction générale de l’action sociale (dgas)",
            "  since 2024-01-01  Direction générale de la protection de l’enfance (dgpe)"
                + " · move 2024-01-01 · Arrêté n° 2023-101");
  }

  @Test
  void a_unit_split_ends_the_day_before_and_names_its_successors() {
    // when
    Run run = Run.of(files, "history", "sg", "--data", "togo.yaml");

    // then
    assertThat(run.outLines())
        .contains(
            "  lifetime     until 2025-12-31",
            "  ended by     split 2026-01-01 · Réorganisation du secrétariat")
        .containsSequence(
            "Successors",
            "  2026-01-01  split    Secrétariat administratif (sg-administratif)"
                + " · Réorganisation du secrétariat",
            "  2026-01-01  split    Secrétariat technique (sg-technique)"
                + " · Réorganisation du secrétariat");
  }

  @Test
  void the_history_in_json_gives_each_name_with_its_period_and_event() {
    // when
    JsonNode history =
        Run.of(files, "history", "dpsv", "--data", "togo.yaml", "--format", "json").json();

    // then
    assertThat(history.path("id").asText()).isEqualTo("dpsv");
    assertThat(history.path("acronym").asText()).isEqualTo("DPEV");
    JsonNode names = history.path("names");
    assertThat(names).hasSize(2);
    assertThat(names.get(0).path("period").path("end").asText()).isEqualTo("2024-12-31");
    assertThat(names.get(0).path("restructuring").isNull()).isTrue();
    assertThat(names.get(1).path("restructuring").path("type").asText()).isEqualTo("rename");
    assertThat(names.get(1).path("restructuring").path("basis").asText())
        .isEqualTo("Décret n° 2024-200");
    JsonNode predecessor = history.path("predecessors").get(0);
    assertThat(predecessor.path("unit").path("id").asText()).isEqualTo("daed");
    assertThat(predecessor.path("date").asText()).isEqualTo("2025-01-01");
    assertThat(predecessor.path("restructuring").path("units").toString())
        .isEqualTo("[\"dpsv\",\"daed\"]");
    assertThat(history.path("endedBy").isNull()).isTrue();
  }

  @Test
  void the_diff_lists_each_change_on_its_day_one_a_line() {
    // when
    Run run =
        Run.of(files, "diff", "--from", "2023-01-01", "--to", "2026-11-22", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Changes from 2023-01-01 to 2026-11-22",
            "2024-01-01  moved      Direction des personnes âgées (dpa): from Direction générale de"
                + " l’action sociale (dgas) to Direction générale de la protection de l’enfance"
                + " (dgpe) · Arrêté n° 2023-101",
            "2024-06-01  created    Cellule des unités de protection (cellule-upe), under Direction"
                + " générale de la protection de l’enfance (dgpe)",
            "2025-01-01  merged     Direction d’assistance à l’enfant en difficulté (daed) into DPEV"
                + " — Direction de la protection de l’enfant vulnérable (dpsv) · Décret n° 2024-200",
            "2025-01-01  renamed    Direction de la prévention des situations de vulnérabilité →"
                + " DPEV — Direction de la protection de l’enfant vulnérable (dpsv) · Décret n°"
                + " 2024-200",
            "2025-01-01  dissolved  Cellule des unités de protection (cellule-upe)",
            "2026-01-01  split      Secrétariat général (sg) into Secrétariat administratif"
                + " (sg-administratif), Secrétariat technique (sg-technique) · Réorganisation du"
                + " secrétariat",
            "2026-01-01  created    Secrétariat administratif (sg-administratif), under Ministère de"
                + " l’Action Sociale, de la Solidarité et de la Promotion de la femme (masspf)",
            "2026-01-01  created    Secrétariat technique (sg-technique), under Ministère de"
                + " l’Action Sociale, de la Solidarité et de la Promotion de la femme (masspf)",
            "8 changes");
  }

  @Test
  void below_a_unit_only_its_subtree_s_changes_are_listed() {
    // when
    Run run =
        Run.of(
            files,
            "diff",
            "--from",
            "2023-01-01",
            "--to",
            "2026-11-22",
            "--unit",
            "dgas",
            "--data",
            "togo.yaml",
            "--format",
            "json");

    // then
    JsonNode diff = run.json();
    assertThat(diff.path("unit").asText()).isEqualTo("dgas");
    assertThat(diff.path("changes")).hasSize(1);
    JsonNode move = diff.path("changes").get(0);
    assertThat(move.path("type").asText()).isEqualTo("moved");
    assertThat(move.path("parentBefore").path("id").asText()).isEqualTo("dgas");
    assertThat(move.path("parentAfter").path("id").asText()).isEqualTo("dgpe");
    assertThat(move.path("nameBefore").isNull()).isTrue();
    assertThat(move.path("restructuring").path("basis").asText()).isEqualTo("Arrêté n° 2023-101");
  }

  @Test
  void a_first_day_after_the_second_is_a_usage_error_in_one_line() {
    // when
    Run run =
        Run.of(files, "diff", "--from", "2026-01-01", "--to", "2025-01-01", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "civitas: from 2026-01-01 is after to 2025-01-01: give the earlier day as from and"
                + " the later as to");
  }

  @Test
  void a_diff_without_its_days_is_a_usage_error() {
    // when
    Run run = Run.of(files, "diff", "--from", "2026-01-01", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--to=DATE");
  }

  @Test
  void an_unknown_unit_is_refused_in_one_line() {
    // when
    Run history = Run.of(files, "history", "dgpf", "--data", "togo.yaml");
    Run diff =
        Run.of(
            files,
            "diff",
            "--from",
            "2023-01-01",
            "--to",
            "2026-11-22",
            "--unit",
            "dgpf",
            "--data",
            "togo.yaml");

    // then
    assertThat(history.exitCode()).isEqualTo(1);
    assertThat(history.errLines())
        .containsExactly("civitas: there is no unit 'dgpf': check the id");
    assertThat(diff.exitCode()).isEqualTo(1);
    assertThat(diff.errLines()).containsExactly("civitas: there is no unit 'dgpf': check the id");
  }
}
