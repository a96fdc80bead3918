package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class FindingUnitsRanksNamesBeforeMandatesTest {

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY)
          .with("togo.yaml", Fixtures.togo())
          .with("upe.yaml", Fixtures.upe());

  @Test
  void enfance_finds_the_child_protection_directorate_first() {
    // when
    Run run = Run.of(files, "find", "enfance", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "3 units match « enfance »:",
            " 1. Direction générale de la protection de l’enfance (dgpe)  by its name",
            " 2. Direction d’assistance à l’enfant en difficulté (daed)  by its name",
            " 3. Direction de la prévention des situations de vulnérabilité (dpsv)  by its mandate",
            "    « définir les critères d’identification des enfants vulnérables »");
  }

  @Test
  void words_in_any_case_and_without_accents_are_joined_into_one_search() {
    // when
    Run run = Run.of(files, "find", "PROTECTION", "Enfant", "--data", "togo.yaml");

    // then
    assertThat(run.outLines())
        .startsWith(
            "2 units match « PROTECTION Enfant »:",
            " 1. Direction générale de la protection de l’enfance (dgpe)  by its name");
  }

  @Test
  void an_acronym_matches_before_any_name() {
    // when
    Run run = Run.of(files, "find", "msisf", "--data", "upe.yaml", "--data", "togo.yaml");

    // then
    assertThat(run.outLines())
        .containsExactly(
            "1 unit matches « msisf »:",
            " 1. MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille (msisf)"
                + "  by its acronym");
  }

  @Test
  void nothing_found_is_said_and_is_not_an_error() {
    // when
    Run run = Run.of(files, "find", "aéroport", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("no unit matches « aéroport »");
  }

  @Test
  void in_json_each_match_has_its_rank_unit_and_field() {
    // when
    Run run =
        Run.of(files, "find", "protection", "enfant", "--data", "togo.yaml", "--format", "json");

    // then
    JsonNode json = run.json();
    assertThat(json.get("text").asText()).isEqualTo("protection enfant");
    assertThat(json.get("terms"))
        .extracting(JsonNode::asText)
        .containsExactly("protection", "enfant");
    JsonNode first = json.get("matches").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("unit").get("id").asText()).isEqualTo("dgpe");
    assertThat(first.get("field").asText()).isEqualTo("name");
    assertThat(first.get("attribution").isNull()).isTrue();
    JsonNode second = json.get("matches").get(1);
    assertThat(second.get("unit").get("id").asText()).isEqualTo("daed");
    assertThat(second.get("field").asText()).isEqualTo("attribution");
    assertThat(second.get("attribution").asText())
        .isEqualTo("suivre les activités des structures de protection des enfants vulnérables");
  }

  @Test
  void a_text_without_a_word_is_a_usage_error() {
    // when
    Run run = Run.of(files, "find", "« »", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("civitas: give at least one word to look for");
  }
}
