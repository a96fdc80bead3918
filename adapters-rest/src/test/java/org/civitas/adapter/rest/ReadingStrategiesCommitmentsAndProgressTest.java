package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Strategies and their coverage, commitments with their figures, progress rolled up by unit. */
class ReadingStrategiesCommitmentsAndProgressTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_commitment_gives_its_figures_on_the_day_asked_and_its_version_as_etag() {
    // when (SPEC §5: on 2026-11-22 both UPE activities are overdue)
    TestServer.Answer answer = server.get("/api/v1/commitments/upe?asOf=2026-11-22");

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("ETag")).isEqualTo("\"v1\"");
    JsonNode upe = answer.json();
    assertThat(upe.path("lead").asText()).isEqualTo("msisf");
    assertThat(upe.path("version").asLong()).isEqualTo(1);
    assertThat(upe.path("asOf").asText()).isEqualTo("2026-11-22");
    assertThat(upe.path("progress").asDouble()).isEqualTo(35.0);
    assertThat(upe.path("state").asText()).isEqualTo("overdue");
    assertThat(upe.path("period").path("start").asText()).isEqualTo("1970-01");
    JsonNode suivi = upe.path("activities").get(0);
    assertThat(suivi.path("id").asText()).isEqualTo("suivi-appui-upe");
    assertThat(suivi.path("status").asText()).isEqualTo("in-progress");
    assertThat(suivi.path("progress").asDouble()).isEqualTo(30.0);
    assertThat(suivi.path("expectedProgress").asDouble()).isEqualTo(100.0);
    assertThat(suivi.path("state").asText()).isEqualTo("overdue");
    JsonNode rapports = upe.path("indicators").get(0);
    assertThat(rapports.path("id").asText()).isEqualTo("rapports-publies");
    assertThat(rapports.path("measurements")).isEmpty();
    assertThat(rapports.has("achievement")).isFalse();
  }

  @Test
  void a_commitment_with_a_baseline_and_a_target_gives_its_achievement_today() {
    // given the fixture's DPA commitment (baseline 0, target 4), measured at 1
    server.post(
        "/api/v1/commitments/fixture-dpa/indicators/rapports/measurements",
        "application/json",
        "{\"date\": \"2025-06\", \"value\": 1}",
        "Authorization",
        TestServer.bearer(server.admin),
        "If-Match",
        "\"v1\"");

    // when
    JsonNode dpa = server.get("/api/v1/commitments/fixture-dpa").json();

    // then
    assertThat(dpa.path("asOf").asText()).isEqualTo(TestServer.TODAY.toString());
    assertThat(dpa.path("state").asText()).isEqualTo("behind");
    JsonNode rapports = dpa.path("indicators").get(0);
    assertThat(rapports.path("latest").path("date").asText()).isEqualTo("2025-06");
    assertThat(rapports.path("latest").path("value").asInt()).isEqualTo(1);
    assertThat(rapports.path("achievement").asDouble()).isEqualTo(25.0);
  }

  @Test
  void a_commitment_on_a_named_day_is_not_sent_again_to_a_client_holding_its_version() {
    // when
    TestServer.Answer held =
        server.get("/api/v1/commitments/upe?asOf=2026-11-22", "If-None-Match", "\"v1\"");
    TestServer.Answer today = server.get("/api/v1/commitments/upe", "If-None-Match", "\"v1\"");

    // then the figures of "today" change with the day: they are sent again
    assertThat(held.status()).isEqualTo(304);
    assertThat(today.status()).isEqualTo(200);
  }

  @Test
  void an_unknown_commitment_is_not_found() {
    // when
    TestServer.Answer answer = server.get("/api/v1/commitments/nope");

    // then
    assertThat(answer.problem(404, "unknown-id").path("kind").asText()).isEqualTo("commitment");
  }

  @Test
  void a_strategy_gives_its_axes_objectives_and_actions() {
    // when
    TestServer.Answer answer = server.get("/api/v1/strategies/pole-social-4-4");

    // then
    assertThat(answer.status()).isEqualTo(200);
    JsonNode strategy = answer.json();
    assertThat(strategy.path("owner").asText()).isEqualTo("msisf");
    assertThat(strategy.path("axes")).hasSize(8);
    JsonNode axe1 = strategy.path("axes").get(0);
    assertThat(axe1.path("kind").asText()).isEqualTo("strategic");
    assertThat(axe1.path("number").asInt()).isEqualTo(1);
    assertThat(axe1.path("objectives").get(0).path("actions").get(0).path("id").asText())
        .isEqualTo("axe-1-1-a");
    assertThat(strategy.path("commitments")).isEmpty();
  }

  @Test
  void the_coverage_names_the_actions_nobody_owns() {
    // when
    JsonNode coverage = server.get("/api/v1/strategies/pole-social-4-4/coverage").json();

    // then
    assertThat(coverage.path("actions").asInt()).isEqualTo(58);
    assertThat(coverage.path("unowned").asInt()).isEqualTo(58);
    assertThat(coverage.path("rows").get(0).path("owned").asBoolean()).isFalse();
    assertThat(coverage.path("rows").get(0).path("axis").asText()).isEqualTo("axe-1");
  }

  @Test
  void an_unknown_strategy_is_not_found() {
    // when
    TestServer.Answer answer = server.get("/api/v1/strategies/gissr/coverage");

    // then
    assertThat(answer.problem(404, "unknown-id").path("kind").asText()).isEqualTo("strategy");
  }

  @Test
  void progress_rolls_up_below_a_unit_in_the_order_of_the_tree() {
    // when
    JsonNode progress = server.get("/api/v1/progress?unit=dgas&asOf=2025-06-30").json();

    // then
    assertThat(progress.path("unit").asText()).isEqualTo("dgas");
    JsonNode units = progress.path("units");
    assertThat(units).hasSize(4);
    assertThat(units.get(0).path("id").asText()).isEqualTo("dgas");
    assertThat(units.get(0).path("rollUp").path("commitments").asInt()).isEqualTo(1);
    assertThat(units.get(1).path("id").asText()).isEqualTo("dpa");
    assertThat(units.get(1).path("depth").asInt()).isEqualTo(1);
    assertThat(units.get(1).path("commitments").get(0).path("id").asText())
        .isEqualTo("fixture-dpa");
    assertThat(units.get(1).path("commitments").get(0).path("progress").asDouble()).isEqualTo(10.0);
  }

  @Test
  void progress_everywhere_comes_in_pages() {
    // when
    JsonNode first = server.get("/api/v1/progress?limit=20").json();
    JsonNode second =
        server.get("/api/v1/progress?limit=20&cursor=" + first.path("nextCursor").asText()).json();

    // then: the 39 units of the examples
    assertThat(first.path("units")).hasSize(20);
    assertThat(second.path("units")).hasSize(19);
    assertThat(second.has("nextCursor")).isFalse();
  }

  @Test
  void progress_below_a_unit_that_did_not_exist_that_day_is_not_found() {
    // when
    TestServer.Answer answer = server.get("/api/v1/progress?unit=dgxx");

    // then
    assertThat(answer.problem(404, "unknown-id").path("id").asText()).isEqualTo("dgxx");
  }
}
