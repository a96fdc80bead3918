package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TheTreeIsDrawnWithBoxDrawingLinesTest {

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY).with("togo.yaml", Fixtures.togo());

  @Test
  void each_unit_is_one_line_under_its_parent() {
    // when
    Run run = Run.of(files, "tree", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme",
            "├── Secrétariat général",
            "├── Direction générale de l’action sociale",
            "│   └── Direction des personnes âgées",
            "└── Direction générale de la protection de l’enfance",
            "    ├── Direction de la prévention des situations de vulnérabilité",
            "    └── Direction d’assistance à l’enfant en difficulté",
            "7 units on 2026-11-22");
  }

  @Test
  void a_unit_and_a_depth_draw_part_of_the_tree() {
    // when
    Run run = Run.of(files, "tree", "dgpe", "--depth", "0", "--data", "togo.yaml");

    // then
    assertThat(run.outLines())
        .containsExactly(
            "Direction générale de la protection de l’enfance", "1 unit on 2026-11-22");
  }

  @Test
  void an_acronym_comes_before_the_name() {
    // when
    Run run =
        Run.of(
            new Datasets(Fixtures.CHECK_DAY).with("upe.yaml", Fixtures.upe()),
            "tree",
            "--data",
            "upe.yaml");

    // then
    assertThat(run.outLines())
        .startsWith(
            "MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
            "Entraide Nationale");
  }

  @Test
  void in_json_each_node_holds_its_children() {
    // when
    Run run =
        Run.of(files, "tree", "--data", "togo.yaml", "--as-of", "2025-01-01", "--format", "json");

    // then
    JsonNode json = run.json();
    assertThat(json.get("asOf").asText()).isEqualTo("2025-01-01");
    JsonNode root = json.get("roots").get(0);
    assertThat(root.get("id").asText()).isEqualTo("masspf");
    assertThat(root.get("kind").asText()).isEqualTo("ministry");
    assertThat(root.get("acronym").isNull()).isTrue();
    assertThat(root.get("children")).hasSize(3);
    assertThat(root.get("children").get(2).get("children").get(1).get("id").asText())
        .isEqualTo("daed");
  }
}
