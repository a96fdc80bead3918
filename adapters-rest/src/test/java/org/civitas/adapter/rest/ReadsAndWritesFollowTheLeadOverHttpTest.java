package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.dataset.DatasetReading;
import org.civitas.adapter.persistence.dataset.DatasetSource;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A commitment, a strategy, its coverage and the progress as of a day name the units that lead and
 * own them that day, and an editor changes what its units lead today: the Togolese ministry with
 * the DPSV (under the DGPE) merged into the DPA (under the DGAS) on 1 March 2025
 * (merge-fixture.yaml); the server's today is 30 June 2025.
 */
@OnEveryStore
class ReadsAndWritesFollowTheLeadOverHttpTest {

  private static final String COMMITMENT = "/api/v1/commitments/fixture-dpsv";
  private static final String REPORT = "{\"progress\": 60, \"status\": \"in-progress\"}";

  private final TestServer server;

  ReadsAndWritesFollowTheLeadOverHttpTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_commitment_names_the_unit_that_leads_it_on_the_day_asked_and_the_lead_written() {
    // given
    restructure(merge());

    // when
    JsonNode before = server.get(COMMITMENT + "?asOf=2025-02-28").json();
    JsonNode after = server.get(COMMITMENT + "?asOf=2025-03-01").json();

    // then
    assertThat(before.path("lead").asText()).isEqualTo("dpsv");
    assertThat(before.path("leadWritten").asText()).isEqualTo("dpsv");
    assertThat(after.path("lead").asText()).isEqualTo("dpa");
    assertThat(after.path("leadWritten").asText()).isEqualTo("dpsv");
    assertThat(after.path("orphaned").asBoolean(true)).isFalse();
  }

  @Test
  void a_strategy_and_its_coverage_name_the_owners_of_the_day_asked() {
    // given
    restructure(merge());

    // when
    JsonNode before = server.get("/api/v1/strategies/strategie-essai?asOf=2025-02-28").json();
    JsonNode after = server.get("/api/v1/strategies/strategie-essai?asOf=2025-03-01").json();
    JsonNode coverageBefore =
        server.get("/api/v1/strategies/strategie-essai/coverage?asOf=2025-02-28").json();
    JsonNode coverageToday = server.get("/api/v1/strategies/strategie-essai/coverage").json();

    // then
    assertThat(owners(before.path("axes").get(0).path("objectives").get(0).path("actions")))
        .containsExactly("dpsv", "dgpe");
    assertThat(owners(after.path("axes").get(0).path("objectives").get(0).path("actions")))
        .containsExactly("dpa", "dgpe");
    assertThat(coverageBefore.path("asOf").asText()).isEqualTo("2025-02-28");
    assertThat(coverageBefore.path("rows").get(0).path("owners").get(0).path("id").asText())
        .isEqualTo("dpsv");
    assertThat(coverageToday.path("asOf").asText()).isEqualTo(TestServer.TODAY.toString());
    assertThat(coverageToday.path("rows").get(0).path("owners").get(0).path("id").asText())
        .isEqualTo("dpa");
    assertThat(
            coverageToday
                .path("rows")
                .get(0)
                .path("owners")
                .get(0)
                .path("name")
                .path("fr")
                .asText())
        .isEqualTo("Direction des personnes âgées");
  }

  @Test
  void
      after_a_merge_an_editor_above_the_unit_merged_into_reports_progress_and_the_former_one_not() {
    // given
    restructure(merge());
    String etag = server.get(COMMITMENT).header("ETag");

    // when
    TestServer.Answer refused =
        server.put(
            COMMITMENT + "/activities/etape/progress",
            REPORT,
            "Authorization",
            TestServer.bearer(server.editorOfDgpe),
            "If-Match",
            etag);
    TestServer.Answer reported =
        server.put(
            COMMITMENT + "/activities/etape/progress",
            REPORT,
            "Authorization",
            TestServer.bearer(server.editorOfDgas),
            "If-Match",
            etag);

    // then
    assertThat(refused.problem(403, "forbidden").path("detail").asText())
        .contains("commitment fixture-dpsv belongs to unit 'dpa'");
    assertThat(reported.status()).as(reported.body()).isEqualTo(200);
    assertThat(reported.json().path("lead").asText()).isEqualTo("dpa");
    assertThat(reported.json().path("activities").get(0).path("progress").asDouble())
        .isEqualTo(60.0);
  }

  @Test
  void the_progress_lists_apart_the_commitments_whose_lead_a_dissolution_handed_to_nobody() {
    // given the DPSV dissolved on 1 March 2025 with no successor
    restructure(
        Restructuring.Dissolve.of(
            UnitId.of("dpsv"), ImmutableList.of(), PartialDate.parse("2025-03-01")));

    // when
    JsonNode before = server.get("/api/v1/progress?asOf=2025-02-28").json();
    JsonNode after = server.get("/api/v1/progress?asOf=2025-03-01").json();

    // then
    assertThat(before.path("orphaned")).isEmpty();
    assertThat(after.path("orphaned")).hasSize(1);
    assertThat(after.path("orphaned").get(0).path("id").asText()).isEqualTo("fixture-dpsv");
    assertThat(after.path("orphaned").get(0).path("lead").asText()).isEqualTo("dpsv");
    assertThat(after.path("orphaned").get(0).path("progress").asDouble()).isEqualTo(20.0);
    assertThat(server.get(COMMITMENT + "?asOf=2025-03-01").json().path("orphaned").asBoolean())
        .isTrue();
  }

  /** The Togolese ministry with the commitments of access-fixture.yaml, and the merge. */
  private static Snapshot merge() {
    return togo("merge-fixture.yaml");
  }

  /** The Togolese ministry with the commitments of access-fixture.yaml, and {@code more}. */
  private static Snapshot togo(String... more) {
    List<DatasetSource> sources = new ArrayList<>();
    sources.add(DatasetSource.of(Path.of("..", "examples", "togo-masspf.yaml")));
    for (String name :
        ImmutableList.<String>builder().add("access-fixture.yaml").add(more).build()) {
      sources.add(DatasetSource.of(name, TestServer.resource(name)));
    }
    DatasetReading reading = new DatasetReader().read(sources);
    assertThat(reading.errors()).isEmpty();
    return reading.snapshot();
  }

  private void restructure(Restructuring restructuring) {
    restructure(
        togo()
            .plus(
                new Snapshot(
                    ImmutableList.of(),
                    ImmutableList.of(),
                    ImmutableList.of(),
                    ImmutableList.of(restructuring))));
  }

  /** Replaces the server's record with {@code record}. */
  private void restructure(Snapshot record) {
    server.civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(record, "tests"));
  }

  private static List<String> owners(JsonNode actions) {
    List<String> owners = new ArrayList<>();
    actions.forEach(action -> action.path("owners").forEach(o -> owners.add(o.asText())));
    return owners;
  }
}
