package org.civitas.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.civitas.adapter.persistence.Fixtures;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies while importing (power cut, kill -9) leaves the embedded database as it was
 * before the import: never a part of the new record.
 */
class AnImportKilledMidwayLeavesTheRecordAsItWasTest {

  private static final int LARGE = 100_000;

  @TempDir Path directory;

  @Test
  void the_database_holds_exactly_the_earlier_import() throws Exception {
    // given a database holding a small import
    String url = DatabaseLocation.embedded(directory);
    Snapshot small = SyntheticDataset.generate(300, 30, 7);
    try (JdbcStore store = JdbcStore.open(url)) {
      store.saveSnapshot(small, Fixtures.imported());
    }
    Path file = directory.resolve("civitas.mv.db");
    long sizeBefore = Files.size(file);

    // when another process imports a large dataset and is killed once it writes
    Process importing =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LargeImport.class.getName(),
                url,
                Integer.toString(LARGE))
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader output =
          new BufferedReader(
              new InputStreamReader(importing.getInputStream(), StandardCharsets.UTF_8));
      assertThat(
              CompletableFuture.supplyAsync(() -> waitForLine(output, LargeImport.BEGINS))
                  .get(2, TimeUnit.MINUTES))
          .as("the importing process says when it begins")
          .isTrue();
      assertThat(waitUntilLarger(file, sizeBefore + 1_000_000, Duration.ofMinutes(2)))
          .as("the import writes to the database file")
          .isTrue();
      long delay = ThreadLocalRandom.current().nextLong(100, 1_500);
      assertThat(importing.waitFor(delay, TimeUnit.MILLISECONDS))
          .as("the import is still running %d ms after it began writing", delay)
          .isFalse();
    } finally {
      importing.destroyForcibly();
      assertThat(importing.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }

    // then
    try (JdbcStore store = JdbcStore.open(url)) {
      assertThat(store.loadSnapshot()).isEqualTo(small);
      assertThat(store.loadUnit(UnitId.of("u0")).orElseThrow().version()).isEqualTo(1);
      assertThat(store.loadSubtree(UnitId.of("u0"), LocalDate.of(2026, 1, 1), OptionalInt.empty()))
          .hasSize(300);
      assertThat(store.entries()).containsExactly(Fixtures.imported());
    }
  }

  /** Reads {@code output} until a line is {@code expected}; false when it ends first. */
  private static boolean waitForLine(BufferedReader output, String expected) {
    try {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.equals(expected)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits for changes to {@code file} until it is larger than {@code size}, at most {@code limit}.
   */
  private static boolean waitUntilLarger(Path file, long size, Duration limit)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_MODIFY);
      while (Files.size(file) <= size) {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
          return false;
        }
        var key = watcher.poll(left, TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
      }
      return true;
    }
  }
}
