package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ShowingAUnitOrAStrategyGivesItsWholeRecordTest {

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY)
          .with("togo.yaml", Fixtures.togo())
          .with("upe.yaml", Fixtures.upe())
          .with("strategie.yaml", Fixtures.poleSocial());

  @Test
  void a_unit_shows_its_place_posts_mandate_and_children() {
    // when
    Run run = Run.of(files, "show", "unit", "dgpe", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Direction générale de la protection de l’enfance",
            "  id           dgpe",
            "  kind         general-directorate",
            "  parent       Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la"
                + " femme (masspf)",
            "  lifetime     no dates given",
            "  as of        2026-11-22",
            "",
            "Posts",
            "  none",
            "",
            "Mandate: 1 attribution, non exhaustive (« notamment »)",
            "  1. élaborer et mettre en œuvre la politique nationale de protection de l’enfant",
            "",
            "Links",
            "  none",
            "",
            "Children on 2026-11-22",
            "  Direction de la prévention des situations de vulnérabilité (dpsv)",
            "  Direction d’assistance à l’enfant en difficulté (daed)",
            "",
            "Commitments led",
            "  none",
            "",
            "Roll-up of the subtree",
            "  no commitment");
  }

  @Test
  void a_post_without_a_holder_says_so() {
    // when
    Run run = Run.of(files, "show", "unit", "sg", "--data", "togo.yaml");

    // then
    assertThat(run.outLines()).contains("Posts", "  Secrétaire général (head): holder not given");
  }

  @Test
  void a_unit_shows_the_commitments_it_leads_and_its_roll_up() {
    // when
    Run run = Run.of(files, "show", "unit", "msisf", "--data", "upe.yaml", "--as-of", "2026-11-22");

    // then
    assertThat(run.outLines())
        .containsSubsequence(
            "Commitments led",
            "  ███████░░░░░░░░░░░░░  35.0 %  overdue          upe — Appui aux associations pour créer"
                + " les unités de protection de l’enfance",
            "",
            "Roll-up of the subtree",
            "  ███████░░░░░░░░░░░░░  35.0 %  1 commitment: overdue 1");
  }

  @Test
  void in_json_a_unit_holds_its_mandate_and_roll_up() {
    // when
    Run run = Run.of(files, "show", "unit", "dgpe", "--data", "togo.yaml", "--format", "json");

    // then
    JsonNode json = run.json();
    assertThat(json.get("id").asText()).isEqualTo("dgpe");
    assertThat(json.get("inForce").asBoolean()).isTrue();
    assertThat(json.get("parent").get("id").asText()).isEqualTo("masspf");
    assertThat(json.get("staff").isNull()).isTrue();
    assertThat(json.get("mandate").get("exhaustive").asBoolean()).isFalse();
    assertThat(json.get("mandate").get("attributions").get(0).get("text").asText())
        .startsWith("élaborer et mettre en œuvre");
    assertThat(json.get("children"))
        .extracting(c -> c.get("id").asText())
        .containsExactly("dpsv", "daed");
    assertThat(json.get("rollUp").get("commitments").asInt()).isZero();
  }

  @Test
  void a_strategy_shows_its_elements_and_marks_the_unowned_actions() {
    // when
    Run run = Run.of(files, "show", "strategy", "pole-social-4-4", "--data", "strategie.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsSubsequence(
            "pole-social-4-4 — Stratégie du pôle Social",
            "  owner        MSSFDS — Ministère de la Solidarité, de la Femme, de la Famille et du"
                + " Développement Social (mssfds)",
            "  period       no dates given",
            "  actions      2: 1 owned, 1 unowned",
            "Strategic axis 1 — APPUI INSTITUTIONNEL ET RENFORCEMENT AU PÔLE SOCIAL (axe-1)",
            "    axe-1-1-a  Préparer un nouveau projet de restructuration du Ministère  → MSSFDS (mssfds)",
            "    axe-1-4-b  Soutenir des formations adéquates  → unowned");
  }

  @Test
  void in_json_a_strategy_nests_its_axes_objectives_and_actions() {
    // when
    Run run =
        Run.of(
            files,
            "show",
            "strategy",
            "pole-social-4-4",
            "--data",
            "strategie.yaml",
            "--format",
            "json");

    // then
    JsonNode json = run.json();
    assertThat(json.get("owner").get("id").asText()).isEqualTo("mssfds");
    assertThat(json.get("period").get("start").isNull()).isTrue();
    JsonNode axis = json.get("axes").get(0);
    assertThat(axis.get("kind").asText()).isEqualTo("strategic");
    JsonNode action = axis.get("objectives").get(1).get("actions").get(0);
    assertThat(action.get("id").asText()).isEqualTo("axe-1-4-b");
    assertThat(action.get("owners")).isEmpty();
    assertThat(json.get("counts").get("unowned").asInt()).isEqualTo(1);
  }
}
