package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ProgressRollsUpUnitByUnitTest {

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY)
          .with("upe.yaml", Fixtures.upe())
          .with("togo.yaml", Fixtures.togo());

  @Test
  void each_unit_shows_its_roll_up_then_the_commitments_it_leads() {
    // when
    Run run = Run.of(files, "progress", "--data", "upe.yaml", "--as-of", "2026-11-22");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Progress on 2026-11-22",
            "",
            "MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
            "  Σ ███████░░░░░░░░░░░░░  35.0 %  1 commitment: overdue 1",
            "  • ███████░░░░░░░░░░░░░  35.0 %  overdue          upe — Appui aux associations pour"
                + " créer les unités de protection de l’enfance",
            "Entraide Nationale · no commitment");
  }

  @Test
  void units_are_indented_by_their_depth_below_the_unit_asked() {
    // when
    Run run = Run.of(files, "progress", "dgpe", "--data", "togo.yaml");

    // then
    assertThat(run.outLines())
        .containsExactly(
            "Progress on 2026-11-22",
            "",
            "Direction générale de la protection de l’enfance · no commitment",
            "  Direction de la prévention des situations de vulnérabilité · no commitment",
            "  Direction d’assistance à l’enfant en difficulté · no commitment");
  }

  @Test
  void in_json_each_unit_has_its_depth_roll_up_and_commitments() {
    // when
    Run run =
        Run.of(
            files, "progress", "--data", "upe.yaml", "--as-of", "2026-11-22", "--format", "json");

    // then
    JsonNode json = run.json();
    assertThat(json.get("asOf").asText()).isEqualTo("2026-11-22");
    JsonNode msisf = json.get("units").get(0);
    assertThat(msisf.get("unit").get("id").asText()).isEqualTo("msisf");
    assertThat(msisf.get("depth").asInt()).isZero();
    assertThat(msisf.get("rollUp").get("commitments").asInt()).isEqualTo(1);
    assertThat(msisf.get("rollUp").get("meanProgress").asDouble()).isEqualTo(35.0);
    assertThat(msisf.get("rollUp").get("states").get("overdue").asInt()).isEqualTo(1);
    assertThat(msisf.get("rollUp").get("states").get("on-track").asInt()).isZero();
    assertThat(msisf.get("commitments").get(0).get("progress").asDouble()).isEqualTo(35.0);
    assertThat(msisf.get("commitments").get(0).get("state").asText()).isEqualTo("overdue");
    JsonNode agency = json.get("units").get(1);
    assertThat(agency.get("rollUp").get("meanProgress").isNull()).isTrue();
    assertThat(agency.get("commitments")).isEmpty();
  }

  @Test
  void a_unit_that_is_not_in_the_dataset_is_refused() {
    // when
    Run run = Run.of(files, "progress", "dgpe", "--data", "upe.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("civitas: there is no unit 'dgpe': check the id");
  }
}
