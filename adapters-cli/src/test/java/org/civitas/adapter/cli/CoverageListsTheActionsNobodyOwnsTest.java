package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CoverageListsTheActionsNobodyOwnsTest {

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY).with("strategie.yaml", Fixtures.poleSocial());

  @Test
  void each_action_has_its_owners_under_its_axis_and_objective_then_the_unowned_are_listed() {
    // when
    Run run = Run.of(files, "coverage", "pole-social-4-4", "--data", "strategie.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Coverage of pole-social-4-4 — Stratégie du pôle Social",
            "2 actions: 1 owned, 1 unowned",
            "",
            "Strategic axis 1 — APPUI INSTITUTIONNEL ET RENFORCEMENT AU PÔLE SOCIAL (axe-1)",
            "  Objective 1 — Restructuration des composantes du Pôle social (axe-1-1)",
            "    axe-1-1-a  Préparer un nouveau projet de restructuration du Ministère  → MSSFDS (mssfds)",
            "  Objective 4 — Renforcement des capacités des ressources humaines (axe-1-4)",
            "    axe-1-4-b  Soutenir des formations adéquates  → unowned",
            "",
            "Unowned actions: 1 of 2",
            "  axe-1-4-b  Soutenir des formations adéquates  (axe-1 › axe-1-4)");
  }

  @Test
  void in_json_the_unowned_actions_are_listed_by_id() {
    // when
    Run run =
        Run.of(
            files, "coverage", "pole-social-4-4", "--data", "strategie.yaml", "--format", "json");

    // then
    JsonNode json = run.json();
    assertThat(json.get("strategy").get("id").asText()).isEqualTo("pole-social-4-4");
    assertThat(json.get("counts").get("actions").asInt()).isEqualTo(2);
    assertThat(json.get("counts").get("unowned").asInt()).isEqualTo(1);
    assertThat(json.get("unowned")).extracting(JsonNode::asText).containsExactly("axe-1-4-b");
    JsonNode owned = json.get("actions").get(0);
    assertThat(owned.get("axis").get("number").asInt()).isEqualTo(1);
    assertThat(owned.get("objective").get("id").asText()).isEqualTo("axe-1-1");
    assertThat(owned.get("owners").get(0).get("acronym").asText()).isEqualTo("MSSFDS");
  }

  @Test
  void an_unknown_strategy_is_refused() {
    // when
    Run run = Run.of(files, "coverage", "indh", "--data", "strategie.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("civitas: there is no strategy 'indh': check the id");
  }
}
