package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * is in the audit log and none is lost.
 */
class ConcurrentProgressReportsTest {

  private static final String SUIVI = "/api/v1/commitments/upe/activities/suivi-appui-upe/progress";
  private static final int CLIENTS = 8;

  private final TestServer server = TestServer.start();
  private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

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
    List<Callable<Integer>> reports = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int progress = 31 + i;
      reports.add(
          () -> {
            start.await();
            String etag = "\"v1\"";
            int attempts = 1;
            while (report(progress, etag).status() == 412) {
              etag = server.get("/api/v1/commitments/upe").header("ETag");
              attempts++;
            }
            return attempts;
          });
    }

    // when
    int attempts = 0;
    for (Future<Integer> tries : clients.invokeAll(reports)) {
      attempts += tries.get();
    }

    // then every report is stored once, one version each
    assertThat(attempts).isGreaterThanOrEqualTo(CLIENTS);
    assertThat(server.get("/api/v1/commitments/upe").header("ETag"))
        .isEqualTo("\"v" + (1 + CLIENTS) + "\"");
    List<AuditEntry> entries = progressEntries();
    assertThat(entries).hasSize(CLIENTS);
    assertThat(entries)
        .extracting(e -> e.after().orElseThrow())
        .containsExactlyInAnyOrder(
            "in-progress, 31%",
            "in-progress, 32%",
            "in-progress, 33%",
            "in-progress, 34%",
            "in-progress, 35%",
            "in-progress, 36%",
            "in-progress, 37%",
            "in-progress, 38%");
    // each report was made on the state the one before left
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).before()).isEqualTo(entries.get(i - 1).after());
    }
    String last = entries.get(entries.size() - 1).after().orElseThrow();
    double stored =
        server
            .get("/api/v1/commitments/upe")
            .json()
            .path("activities")
            .get(0)
            .path("progress")
            .asDouble();
    assertThat(last).isEqualTo("in-progress, " + (int) stored + "%");
  }

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
