package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A read asked again while the record stays the same is answered from the copy the server kept,
 * without reading the store; once the record changes, whether over HTTP or through the library
 * beside the server, the next read shows the change.
 */
@OnEveryStore
class ReadsAreAnsweredFromCopiesUntilTheRecordChangesTest {

  private final TestServer server;

  ReadsAreAnsweredFromCopiesUntilTheRecordChangesTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_read_asked_again_on_an_unchanged_record_does_not_reach_the_store() {
    // given
    TestServer.Answer first = server.get("/api/v1/units/dgpe");
    assertThat(first.status()).isEqualTo(200);

    // when the store can no longer read units, without any write
    server.breakUnitReads();
    TestServer.Answer again = server.get("/api/v1/units/dgpe");

    // then
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(server.get("/api/v1/units/das").status())
        .as("a unit not read before reaches the broken store")
        .isEqualTo(500);
  }

  @Test
  void a_change_over_http_is_read_at_once_in_the_unit_and_the_tree_above_it() {
    // given
    JsonNode before = server.get("/api/v1/units/dgpe").json();
    assertThat(acronymsBelow(server.get("/api/v1/units/masspf/tree?depth=1").json()))
        .doesNotContain("DGPE-2");

    // when
    TestServer.Answer patched =
        server.patch(
            "/api/v1/units/dgpe",
            "application/merge-patch+json",
            "{\"acronym\": \"DGPE-2\"}",
            "Authorization",
            TestServer.bearer(server.admin),
            "If-Match",
            "\"v1\"");

    // then
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    TestServer.Answer after = server.get("/api/v1/units/dgpe");
    assertThat(before.has("acronym")).as("none before").isFalse();
    assertThat(after.json().path("acronym").asText()).isEqualTo("DGPE-2");
    assertThat(after.header("ETag")).isEqualTo("\"v2\"");
    assertThat(acronymsBelow(server.get("/api/v1/units/masspf/tree?depth=1").json()))
        .contains("DGPE-2");
  }

  @Test
  void a_record_imported_beside_the_server_is_read_at_once() {
    // given
    assertThat(server.get("/api/v1/units/dgpe").json().has("acronym")).isFalse();

    // when the record is replaced through the library, not over HTTP
    server.civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(renamed(), "tests"));

    // then
    JsonNode after = server.get("/api/v1/units/dgpe").json();
    assertThat(after.path("acronym").asText()).isEqualTo("DGPE-B");
    assertThat(after.path("version").asLong()).isEqualTo(2);
  }

  /** The record with the DGPE's acronym changed. */
  private static Snapshot renamed() {
    Snapshot record = TestServer.RECORD;
    ImmutableList<OrgUnit> units =
        record.units().stream()
            .map(
                u ->
                    u.id().value().equals("dgpe")
                        ? (OrgUnit) ImmutableOrgUnit.copyOf(u).withAcronym("DGPE-B")
                        : u)
            .collect(ImmutableList.toImmutableList());
    return new Snapshot(units, record.strategies(), record.commitments(), record.restructurings());
  }

  private static ImmutableList<String> acronymsBelow(JsonNode tree) {
    ImmutableList.Builder<String> acronyms = ImmutableList.builder();
    tree.path("root")
        .path("children")
        .forEach(child -> acronyms.add(child.path("acronym").asText()));
    return acronyms.build();
  }
}
