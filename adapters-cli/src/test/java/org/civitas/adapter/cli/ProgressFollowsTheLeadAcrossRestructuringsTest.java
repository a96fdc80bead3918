package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * In the restructured Togolese ministry, a commitment of the directorate for children in difficulty
 * counts under it until it merged into the directorate for vulnerability on 1 January 2025, and
 * under the latter from then on; one of the general secretariat, which its split of 2026 hands to
 * nobody, is listed apart.
 */
class ProgressFollowsTheLeadAcrossRestructuringsTest {

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY).with("togo.yaml", Restructured.togoWithCommitments());

  @Test
  void before_the_merge_the_commitment_counts_under_the_unit_its_record_names() {
    // when
    Run run = Run.of(files, "progress", "dgpe", "--data", "togo.yaml", "--as-of", "2024-06-01");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Progress on 2024-06-01",
            "",
            "Direction générale de la protection de l’enfance",
            "  Σ ███████░░░░░░░░░░░░░  35.0 %  1 commitment: on-track 1",
            "  Direction des personnes âgées · no commitment",
            "  Direction de la prévention des situations de vulnérabilité · no commitment",
            "  Direction d’assistance à l’enfant en difficulté",
            "    Σ ███████░░░░░░░░░░░░░  35.0 %  1 commitment: on-track 1",
            "    • ███████░░░░░░░░░░░░░  35.0 %  on-track         upe-daed — Appui aux"
                + " associations pour créer les unités de protection de l’enfance",
            "  Cellule des unités de protection · no commitment");
  }

  @Test
  void after_the_merge_it_counts_under_the_unit_merged_into() {
    // when
    Run run = Run.of(files, "progress", "dgpe", "--data", "togo.yaml", "--as-of", "2025-06-01");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Progress on 2025-06-01",
            "",
            "Direction générale de la protection de l’enfance",
            "  Σ ███████░░░░░░░░░░░░░  35.0 %  1 commitment: behind 1",
            "  Direction des personnes âgées · no commitment",
            "  DPEV — Direction de la protection de l’enfant vulnérable",
            "    Σ ███████░░░░░░░░░░░░░  35.0 %  1 commitment: behind 1",
            "    • ███████░░░░░░░░░░░░░  35.0 %  behind           upe-daed — Appui aux"
                + " associations pour créer les unités de protection de l’enfance");
  }

  @Test
  void a_commitment_handed_to_nobody_is_listed_apart_with_the_unit_that_ended() {
    // when
    Run text = Run.of(files, "progress", "sg-technique", "--data", "togo.yaml");
    Run json = Run.of(files, "progress", "--data", "togo.yaml", "--format", "json");

    // then
    assertThat(text.outLines())
        .containsExactly("Progress on 2026-11-22", "", "Secrétariat technique · no commitment");
    assertThat(json.exitCode()).isZero();
    JsonNode report = json.json();
    JsonNode ministry = report.get("units").get(0);
    assertThat(ministry.get("unit").get("id").asText()).isEqualTo("masspf");
    assertThat(ministry.get("rollUp").get("commitments").asInt()).isEqualTo(1);
    assertThat(report.get("orphaned")).hasSize(1);
    assertThat(report.get("orphaned").get(0).get("id").asText()).isEqualTo("upe-sg");
    assertThat(report.get("orphaned").get(0).get("lead").asText()).isEqualTo("sg");
    assertThat(report.get("orphaned").get(0).get("state").asText()).isEqualTo("overdue");
  }

  @Test
  void in_text_the_orphaned_commitments_come_last_with_the_unit_that_ended() {
    // when
    Run run = Run.of(files, "progress", "--data", "togo.yaml", "--as-of", "2026-06-01");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .endsWith(
            "",
            "Orphaned: led by a unit that ended, taken over by none",
            "  • ███████░░░░░░░░░░░░░  35.0 %  overdue          upe-sg — Appui aux associations"
                + " pour créer les unités de protection de l’enfance · sg");
  }

  @Test
  void showing_the_unit_merged_into_lists_the_commitment_it_took_over() {
    // when
    Run run =
        Run.of(
            files,
            "show",
            "unit",
            "dpsv",
            "--data",
            "togo.yaml",
            "--as-of",
            "2025-06-01",
            "--format",
            "json");

    // then
    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("commitments")).hasSize(1);
    assertThat(json.get("commitments").get(0).get("id").asText()).isEqualTo("upe-daed");
    assertThat(json.get("commitments").get(0).get("lead").asText()).isEqualTo("dpsv");
    assertThat(json.get("commitments").get(0).get("state").asText()).isEqualTo("behind");
    assertThat(json.get("rollUp").get("commitments").asInt()).isEqualTo(1);
    assertThat(json.get("rollUp").get("meanProgress").asDouble()).isEqualTo(35.0);
  }
}
