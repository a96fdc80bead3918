package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.junit.jupiter.api.Test;

/**
 * In the restructured Togolese ministry ({@link Restructured}), {@code show commitment}, {@code
 * show strategy} and {@code coverage} name the units that lead and own on the day asked: the
 * directorate for children in difficulty merged into the directorate for vulnerability on 1 January
 * 2025; the general secretariat's split of 1 January 2026 hands its commitment and its action to
 * nobody.
 */
class ShowingFollowsTheLeadAcrossRestructuringsTest {

  private final Datasets files = new Datasets(Fixtures.CHECK_DAY).with("togo.yaml", withStrategy());

  @Test
  void a_commitment_is_shown_with_the_unit_that_leads_it_that_day_and_the_lead_written() {
    // when
    JsonNode before = json("show", "commitment", "upe-daed", "--as-of", "2024-06-01");
    JsonNode after = json("show", "commitment", "upe-daed", "--as-of", "2025-06-01");
    Run text =
        Run.of(
            files,
            "show",
            "commitment",
            "upe-daed",
            "--data",
            "togo.yaml",
            "--as-of",
            "2025-06-01");

    // then
    assertThat(before.get("lead").get("id").asText()).isEqualTo("daed");
    assertThat(before.get("leadWritten").get("id").asText()).isEqualTo("daed");
    assertThat(after.get("lead").get("id").asText()).isEqualTo("dpsv");
    assertThat(after.get("lead").get("acronym").asText()).isEqualTo("DPEV");
    assertThat(after.get("leadWritten").get("id").asText()).isEqualTo("daed");
    assertThat(after.get("orphaned").asBoolean()).isFalse();
    assertThat(text.exitCode()).isZero();
    assertThat(text.outLines())
        .contains(
            "  lead         DPEV — Direction de la protection de l’enfant vulnérable (dpsv)",
            "  written lead Direction d’assistance à l’enfant en difficulté (daed)  (until a"
                + " restructuring passed the lead on)");
  }

  @Test
  void a_commitment_the_split_hands_to_nobody_is_shown_orphaned_with_the_unit_that_ended() {
    // when
    JsonNode eve = json("show", "commitment", "upe-sg", "--as-of", "2025-12-31");
    JsonNode today = json("show", "commitment", "upe-sg");
    Run text = Run.of(files, "show", "commitment", "upe-sg", "--data", "togo.yaml");

    // then
    assertThat(eve.get("orphaned").asBoolean()).isFalse();
    assertThat(today.get("asOf").asText()).isEqualTo("2026-11-22");
    assertThat(today.get("orphaned").asBoolean()).isTrue();
    assertThat(today.get("lead").get("id").asText()).isEqualTo("sg");
    assertThat(today.get("leadWritten").get("id").asText()).isEqualTo("sg");
    assertThat(text.outLines())
        .contains(
            "  lead         Secrétariat général (sg)  (orphaned: the unit ended, no unit took the"
                + " lead over)")
        .noneMatch(line -> line.contains("written lead"));
  }

  @Test
  void a_strategy_and_its_coverage_give_the_owners_of_the_day() {
    // when
    JsonNode before = json("show", "strategy", "protection", "--as-of", "2024-06-01");
    JsonNode after = json("show", "strategy", "protection", "--as-of", "2025-06-01");
    JsonNode coverageBefore = json("coverage", "protection", "--as-of", "2024-06-01");
    JsonNode coverageToday = json("coverage", "protection");

    // then
    assertThat(owners(before.get("axes").get(0).get("objectives").get(0).get("actions")))
        .containsExactly("daed", "sg");
    assertThat(owners(after.get("axes").get(0).get("objectives").get(0).get("actions")))
        .containsExactly("dpsv", "sg");
    assertThat(owners(coverageBefore.get("actions"))).containsExactly("daed", "sg");
    assertThat(coverageBefore.get("asOf").asText()).isEqualTo("2024-06-01");
    assertThat(owners(coverageToday.get("actions"))).containsExactly("dpsv", "sg");
    assertThat(coverageToday.get("asOf").asText()).isEqualTo("2026-11-22");
    assertThat(coverageToday.get("counts").get("unowned").asInt()).isEqualTo(1);
  }

  private JsonNode json(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", "togo.yaml", "--format", "json"));
    Run run = Run.of(files, all.toArray(new String[0]));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.json();
  }

  private static List<String> owners(JsonNode actions) {
    List<String> owners = new ArrayList<>();
    actions.forEach(a -> a.get("owners").forEach(o -> owners.add(o.get("id").asText())));
    return owners;
  }

  /**
   * The restructured ministry with a strategy: an action of the directorate merged, one of the
   * secretariat split, one nobody owns.
   */
  private static Snapshot withStrategy() {
    Snapshot togo = Restructured.togoWithCommitments();
    Strategy strategy =
        Strategy.builder()
            .id(StrategyId.of("protection"))
            .title(Fixtures.fr("Stratégie de protection de l’enfance"))
            .addAxes(
                new Axis(
                    ElementId.of("axe-1"),
                    AxisKind.STRATEGIC,
                    OptionalInt.of(1),
                    Fixtures.fr("Protection"),
                    ImmutableList.of(
                        new Objective(
                            ElementId.of("axe-1-1"),
                            OptionalInt.of(1),
                            Fixtures.fr("Des unités de protection"),
                            ImmutableList.of(
                                Fixtures.action("axe-1-1-a", "Appuyer les associations", "daed"),
                                Fixtures.action("axe-1-1-b", "Coordonner les partenaires", "sg"),
                                Fixtures.action("axe-1-1-c", "Publier les rapports"))))))
            .build();
    return new Snapshot(
        togo.units(), ImmutableList.of(strategy), togo.commitments(), togo.restructurings());
  }
}
