package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;

/**
 * Dataset files made in code: each name given answers its snapshot and findings, any other name
 * cannot be read. The use cases run over the in-memory store, on a fixed day.
 */
final class Datasets implements Wiring {

  private final Map<String, Dataset> files = new LinkedHashMap<>();
  private final LocalDate today;

  Datasets(LocalDate today) {
    this.today = today;
  }

  /**
   * A file that holds {@code snapshot}, about which reading and the rules found {@code findings}.
   */
  Datasets with(String file, Snapshot snapshot, Finding... findings) {
    files.put(
        file,
        new Dataset(
            snapshot,
            ImmutableList.copyOf(findings).stream()
                .map(f -> new Dataset.FileFinding(file, f))
                .collect(ImmutableList.toImmutableList())));
    return this;
  }

  @Override
  public DatasetFiles datasetFiles() {
    return this::read;
  }

  @Override
  public Civitas civitasOver(Snapshot snapshot) {
    Civitas civitas =
        Civitas.builder()
            .store(new InMemoryStore())
            .clock(Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .build();
    civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(snapshot, "test"));
    return civitas;
  }

  private Dataset read(List<Path> paths) {
    Snapshot snapshot = Snapshot.EMPTY;
    ImmutableList.Builder<Dataset.FileFinding> findings = ImmutableList.builder();
    for (Path path : paths) {
      Dataset file = files.get(path.toString());
      if (file == null) {
        throw new CannotRead(path.toString(), "no such file");
      }
      snapshot = snapshot.plus(file.snapshot());
      findings.addAll(file.findings());
    }
    return new Dataset(snapshot, findings.build());
  }
}
