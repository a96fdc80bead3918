package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Dataset files made in code: each name given answers its snapshot and findings, any other name
 * cannot be read. The use cases run over the in-memory store, on a fixed day; the database is one
 * more in-memory store, which the first import makes.
 */
final class Datasets implements Wiring {

  /** Where the database in memory says it is. */
  static final String DATABASE = "memory:civitas";

  private final Map<String, Dataset> files = new LinkedHashMap<>();
  private @Nullable InMemoryStore database;
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

  /** Reads the files made in code; a reading is told of the rules' check once they are read. */
  @Override
  public DatasetFiles datasetFiles() {
    return new DatasetFiles() {
      @Override
      public Dataset read(List<Path> paths) {
        return Datasets.this.read(paths);
      }

      @Override
      public Dataset read(List<Path> paths, Reading reading) {
        Dataset dataset = Datasets.this.read(paths);
        reading.checkingRules();
        return dataset;
      }
    };
  }

  @Override
  public Civitas civitasOver(Snapshot snapshot) {
    Civitas civitas = over(new InMemoryStore());
    civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(snapshot, "test"));
    return civitas;
  }

  /** One database in memory, made by the first import, whatever URL is given. */
  @Override
  public Database database(Optional<String> url, Database.Access access) {
    if (database == null) {
      if (access == Database.Access.READ) {
        throw NoData.noDatabase(DATABASE);
      }
      database = new InMemoryStore();
    }
    InMemoryStore store = database;
    Civitas civitas = over(store);
    return new Database() {
      @Override
      public Civitas civitas() {
        return civitas;
      }

      @Override
      public Counts counts() {
        return store.countStored();
      }

      @Override
      public String location() {
        return DATABASE;
      }

      @Override
      public String actor() {
        return "test";
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public DatasetOutput datasetOutput() {
    throw new UnsupportedOperationException("written files are tested through the command");
  }

  @Override
  public Snapshot syntheticDataset(int units, int commitments, long seed) {
    return SyntheticDataset.generate(units, commitments, seed);
  }

  @Override
  public List<Path> exampleFiles() {
    throw new UnsupportedOperationException("the demo is tested through the command");
  }

  @Override
  public Database temporaryDatabase() {
    throw new UnsupportedOperationException("the demo is tested through the command");
  }

  @Override
  public Server serve(Database database, String host, int port, boolean tokenOnlyReads) {
    throw new UnsupportedOperationException("serving is tested through the command");
  }

  private Civitas over(InMemoryStore store) {
    return Civitas.builder()
        .store(store)
        .clock(Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
        .build();
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
