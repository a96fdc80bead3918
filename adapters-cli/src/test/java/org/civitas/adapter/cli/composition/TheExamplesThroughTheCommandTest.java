package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.adapter.cli.composition.Command.example;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled example datasets, read from disk by the codec, through every query command. */
class TheExamplesThroughTheCommandTest {

  @Test
  void the_examples_are_one_valid_dataset() {
    // when
    Command run =
        Command.run(
            "validate",
            example("benin-sg.yaml"),
            example("maroc-agadir-das.yaml"),
            example("maroc-strategie-4-4.yaml"),
            example("maroc-upe.yaml"),
            example("togo-masspf.yaml"));

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .allSatisfy(
            line ->
                assertThat(line)
                    .matches("^\\.\\./examples/[a-z0-9-]+\\.yaml: (warning|info) .*|^valid: .*"))
        .last()
        .asString()
        .matches("valid: 0 errors, \\d+ warnings?, 62 info in 5 files");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void the_upe_commitment_warns_of_its_placeholder_period_at_its_line() {
    // when
    Command run = Command.run("validate", example("maroc-upe.yaml"));

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "warning date.placeholder /commitments/0/period/start (line 64): 1970-01"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "info indicator.target.missing /commitments/0/indicators/3/target (line 95): "))
        .last()
        .asString()
        .matches("valid: 0 errors, \\d+ warnings?, 4 info in \\.\\./examples/maroc-upe\\.yaml");
  }

  @Test
  void strict_refuses_the_upe_commitment_for_its_warnings() {
    // when
    Command run = Command.run("validate", "--strict", example("maroc-upe.yaml"));

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).last().asString().startsWith("not valid under --strict: 0 errors, ");
  }

  @Test
  void the_4_4_strategy_repeats_an_objective_title() {
    // when: with the file of its owner, the Moroccan ministry
    Command run =
        Command.run(
            "validate",
            "--format",
            "json",
            example("maroc-strategie-4-4.yaml"),
            example("maroc-upe.yaml"));

    // then
    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("counts").get("warning").asInt()).isEqualTo(3);
    assertThat(json.get("counts").get("info").asInt()).isEqualTo(62);
    List<JsonNode> warnings = new ArrayList<>();
    json.get("findings")
        .forEach(
            f -> {
              if (f.get("file").asText().endsWith("maroc-strategie-4-4.yaml")
                  && !f.get("code").asText().equals("action.unowned")) {
                warnings.add(f);
              }
            });
    assertThat(warnings).hasSize(1);
    JsonNode duplicate = warnings.get(0);
    assertThat(duplicate.get("code").asText()).isEqualTo("title.duplicate");
    assertThat(duplicate.get("severity").asText()).isEqualTo("warning");
    assertThat(duplicate.get("path").asText()).isEqualTo("/strategies/0/axes/3/objectives/3/title");
    assertThat(duplicate.get("line").asInt()).isEqualTo(181);
    assertThat(duplicate.get("file").asText()).endsWith("maroc-strategie-4-4.yaml");
  }

  @Test
  void the_togolese_ministry_is_drawn_as_a_tree() {
    // when
    Command run =
        Command.run("tree", "--data", example("togo-masspf.yaml"), "--as-of", "2026-11-22");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .startsWith(
            "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme",
            "├── Secrétariat général",
            "├── Direction des affaires administratives et financières")
        .containsSubsequence(
            "├── Direction générale de la protection de l’enfance",
            "│   ├── Direction de la prévention des situations de vulnérabilité",
            "│   └── Direction d’assistance à l’enfant en difficulté")
        .contains("└── Services sociaux près les établissements pénitentiaires")
        .endsWith("23 units on 2026-11-22");
  }

  @Test
  void the_moroccan_ministry_bears_the_name_of_each_period_in_the_tree() {
    // given the ministry of the stratégie 4+4, renamed with the governments of 9 October 2019 and
    // 7 October 2021
    Object[] examples = {
      "--data", example("maroc-strategie-4-4.yaml"), "--data", example("maroc-upe.yaml")
    };

    // when
    Command before = tree(examples, "2019-01-01");
    Command between = tree(examples, "2020-06-01");
    Command after = tree(examples, "2026-11-22");

    // then
    assertThat(before.outLines())
        .contains(
            "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social")
        .noneMatch(line -> line.contains("Insertion"));
    assertThat(between.outLines())
        .contains(
            "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille");
    assertThat(after.outLines())
        .contains("MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille")
        .noneMatch(line -> line.contains("Femme"));
    // one ministry throughout
    assertThat(after.outLines()).filteredOn(line -> line.contains("Ministère")).hasSize(1);
    assertThat(after.outLines()).last().isEqualTo("4 units on 2026-11-22");
  }

  @Test
  void the_whole_examples_tree_names_each_unit_as_on_the_day_asked() {
    // given every example
    List<Object> words = new ArrayList<>(List.of("tree", "--as-of", "2020-06-01"));
    for (String file :
        List.of(
            "benin-sg.yaml",
            "maroc-agadir-das.yaml",
            "maroc-strategie-4-4.yaml",
            "maroc-upe.yaml",
            "togo-masspf.yaml")) {
      words.add("--data");
      words.add(example(file));
    }

    // when
    Command run = Command.run(words.toArray());
    words.set(2, "2019-01-01");
    Command earlier = Command.run(words.toArray());

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .contains(
            "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille")
        .last()
        .isEqualTo("39 units on 2020-06-01");
    assertThat(earlier.outLines())
        .contains(
            "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social");
  }

  @Test
  void show_and_progress_name_the_ministry_as_on_the_day_asked() {
    // when
    Command show =
        Command.run(
            "show", "unit", "msisf", "--data", example("maroc-upe.yaml"), "--as-of", "2020-06-01");
    Command json =
        Command.run(
            "show",
            "commitment",
            "upe",
            "--data",
            example("maroc-upe.yaml"),
            "--as-of",
            "2020-06-01",
            "--format",
            "json");
    Command progress =
        Command.run("progress", "--data", example("maroc-upe.yaml"), "--as-of", "2019-01-01");

    // then
    assertThat(show.outLines())
        .first()
        .isEqualTo(
            "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille");
    assertThat(json.json().get("lead").get("name").asText())
        .isEqualTo(
            "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille");
    assertThat(json.json().get("lead").get("acronym").isNull()).isTrue();
    assertThat(progress.outLines())
        .contains(
            "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social");
  }

  private static Command tree(Object[] data, String day) {
    List<Object> words = new ArrayList<>(List.of("tree", "--as-of", day));
    words.addAll(List.of(data));
    return Command.run(words.toArray());
  }

  @Test
  void the_upe_commitment_stands_at_35_percent_and_overdue_on_2026_11_22() {
    // when
    Command text =
        Command.run(
            "show",
            "commitment",
            "upe",
            "--data",
            example("maroc-upe.yaml"),
            "--as-of",
            "2026-11-22");
    Command json =
        Command.run(
            "show",
            "commitment",
            "upe",
            "--data",
            example("maroc-upe.yaml"),
            "--as-of",
            "2026-11-22",
            "--format",
            "json");

    // then
    assertThat(text.exitCode()).isZero();
    assertThat(text.outLines())
        .contains(
            "  progress     ███████░░░░░░░░░░░░░  35.0 %  overdue",
            "  period       1970-01 – 1970-01  (a system's default date, not a real one)");
    assertThat(json.json().get("progress").asDouble()).isEqualTo(35.0);
    assertThat(json.json().get("state").asText()).isEqualTo("overdue");
    assertThat(json.json().get("indicators")).hasSize(4);
    assertThat(json.json().get("indicators").get(3).get("kind").asText()).isEqualTo("impact");
    assertThat(json.json().get("indicators").get(3).get("achievement").isNull()).isTrue();
  }

  @Test
  void progress_rolls_the_upe_commitment_up_to_its_ministry() {
    // when
    Command run =
        Command.run("progress", "--data", example("maroc-upe.yaml"), "--as-of", "2026-11-22");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsSubsequence(
            "MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
            "  Σ ███████░░░░░░░░░░░░░  35.0 %  1 commitment: overdue 1",
            "  • ███████░░░░░░░░░░░░░  35.0 %  overdue          upe — Appui aux associations pour"
                + " créer les unités de protection de l’enfance");
  }

  @Test
  void enfance_and_protection_enfant_find_the_child_protection_directorate_first() {
    // when
    Command enfance = Command.run("find", "enfance", "--data", example("togo-masspf.yaml"));
    Command protection =
        Command.run("find", "protection", "enfant", "--data", example("togo-masspf.yaml"));

    // then
    String first = " 1. Direction générale de la protection de l’enfance (dgpe)  by its name";
    assertThat(enfance.outLines()).element(1).isEqualTo(first);
    assertThat(protection.outLines()).element(1).isEqualTo(first);
    assertThat(protection.outLines())
        .element(2)
        .asString()
        .startsWith(" 2. Direction d’assistance à l’enfant en difficulté (daed)");
  }

  @Test
  void alone_the_4_4_strategy_has_an_owner_no_unit_of_its_file_is() {
    // when
    Command run = Command.run("validate", example("maroc-strategie-4-4.yaml"));

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .anySatisfy(
            line ->
                assertThat(line).startsWith("error ref.unknown /strategies/0/owner (line 20): "));
  }

  @Test
  void nobody_owns_any_action_of_the_4_4_strategy() {
    // when
    Command run =
        Command.run(
            "coverage",
            "pole-social-4-4",
            "--data",
            example("maroc-strategie-4-4.yaml"),
            "--data",
            example("maroc-upe.yaml"));

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .contains("58 actions: 0 owned, 58 unowned", "Unowned actions: 58 of 58")
        .endsWith(
            "  appui-4-3-d  Développer des relations de coopération avec les pays asiatiques "
                + " (appui-4 › appui-4-3)");
    assertThat(run.outLines().stream().filter(l -> l.endsWith("→ unowned"))).hasSize(58);
  }

  @Test
  void a_unit_of_agadir_shows_its_staff_link_and_mandate() {
    // when
    Command run = Command.run("show", "unit", "das", "--data", example("maroc-agadir-das.yaml"));

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .contains(
            "  staff        11",
            "Mandate: 13 attributions, exhaustive",
            "  secretariat-of CPDH — Comité préfectoral de développement humain (cpdh)");
  }
}
