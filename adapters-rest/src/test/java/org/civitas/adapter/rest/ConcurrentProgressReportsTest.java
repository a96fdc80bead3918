package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civitas.application.port.out.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several clients report on one activity at once, each against the version it read: exactly one
 * wins each version, the others are told so, and once each has read again and retried, every report
 * acknowledged is in the audit log under the version it was acknowledged with, and none is lost. On
 * every store: a database must refuse the losers as the memory does, neither failing nor letting
 * two win.
 */
@OnEveryStore
class ConcurrentProgressReportsTest {

  private static final String SUIVI = "/api/v1/commitments/upe/activities/suivi-appui-upe/progress";
  private static final int CLIENTS = 8;

  private final TestServer server;
  private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

  ConcurrentProgressReportsTest(Store store) {
    server = TestServer.start(store);
  }

  @AfterEach
  void stop() {
    clients.shutdownNow();
    server.close();
  }

  @Test
  void of_clients_writing_against_one_version_exactly_one_wins() throws Exception {
    // given every client read version 1
    CyclicBarrier start = new CyclicBarrier(CLIENTS);
    List<Callable<Integer>> reports = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int progress = 31 + i;
      reports.add(
          () -> {
            start.await();
            return report(progress, "\"v1\"").status();
          });
    }

    // when they report at once
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> status : clients.invokeAll(reports)) {
      statuses.add(status.get());
    }

    // then
    assertThat(statuses).containsOnly(200, 412);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(server.get("/api/v1/commitments/upe").header("ETag")).isEqualTo("\"v2\"");
    assertThat(progressEntries()).hasSize(1);
  }

  @Test
  void clients_that_read_again_and_retry_lose_nothing() throws Exception {
    // given
    CyclicBarrier start = new CyclicBarrier(CLIENTS);
    List<Callable<Acknowledged>> reports = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int progress = 31 + i;
      reports.add(
          () -> {
            start.await();
            TestServer.Answer answer = report(progress, "\"v1\"");
            int attempts = 1;
            while (answer.status() == 412) {
              answer = report(progress, server.get("/api/v1/commitments/upe").header("ETag"));
              attempts++;
            }
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return new Acknowledged(answer.header("ETag"), progress, attempts);
          });
    }

    // when
    Map<String, Acknowledged> byVersion = new HashMap<>();
    int attempts = 0;
    for (Future<Acknowledged> acknowledged : clients.invokeAll(reports)) {
      Acknowledged report = acknowledged.get();
      attempts += report.attempts();
      assertThat(byVersion.put(report.etag(), report))
          .as("two winners of " + report.etag())
          .isNull();
    }

    // then each version was won once, and every report acknowledged is stored, one version each
    assertThat(attempts).isGreaterThanOrEqualTo(CLIENTS);
    List<String> versions = new ArrayList<>();
    for (int version = 2; version <= 1 + CLIENTS; version++) {
      versions.add("\"v" + version + "\"");
    }
    assertThat(byVersion).containsOnlyKeys(versions);
    assertThat(server.get("/api/v1/commitments/upe").header("ETag"))
        .isEqualTo("\"v" + (1 + CLIENTS) + "\"");
    List<AuditEntry> entries = progressEntries();
    assertThat(entries).hasSize(CLIENTS);
    for (int i = 0; i < entries.size(); i++) {
      int progress = byVersion.get(versions.get(i)).progress();
      assertThat(entries.get(i).after()).contains("in-progress, " + progress + "%");
    }
    // each report was made on the state the one before left
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).before()).isEqualTo(entries.get(i - 1).after());
    }
    double stored =
        server
            .get("/api/v1/commitments/upe")
            .json()
            .path("activities")
            .get(0)
            .path("progress")
            .asDouble();
    assertThat(stored).isEqualTo(byVersion.get(versions.get(CLIENTS - 1)).progress());
  }

  /**
   * A report the server accepted: the version it made, the progress it reported, in how many tries.
   */
  private record Acknowledged(String etag, int progress, int attempts) {}

  private TestServer.Answer report(int progress, String etag) {
    return server.put(
        SUIVI,
        "{\"progress\": " + progress + ", \"status\": \"in-progress\"}",
        "Authorization",
        TestServer.bearer(server.editorOfMsisf),
        "If-Match",
        etag);
  }

  private List<AuditEntry> progressEntries() {
    return server.civitas.auditLog().entries().stream()
        .filter(e -> e.action().equals("activity.progress"))
        .toList();
  }
}
