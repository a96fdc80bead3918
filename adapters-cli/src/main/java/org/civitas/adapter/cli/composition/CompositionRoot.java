package org.civitas.adapter.cli.composition;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.civitas.adapter.cli.Database;
import org.civitas.adapter.cli.DatabaseUnreachable;
import org.civitas.adapter.cli.DatasetFiles;
import org.civitas.adapter.cli.DatasetOutput;
import org.civitas.adapter.cli.NoData;
import org.civitas.adapter.cli.Wiring;
import org.civitas.adapter.persistence.Stores;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.adapter.persistence.jdbc.DatabaseLocation;
import org.civitas.adapter.persistence.jdbc.DatabaseUnavailable;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.out.ClockPort;
import org.civitas.domain.snapshot.Snapshot;

/**
 * The command over the persistence adapters: dataset files read and written by the codec, each
 * query's files held in memory for the one run, and the database opened through {@link Stores}
 * where the arguments and the environment say.
 */
final class CompositionRoot implements Wiring {

  /** Who the audit log names for what the command loads. */
  static final String ACTOR = "civitas-cli";

  private final ClockPort clock;
  private final Map<String, String> environment;
  private final Path userHome;

  CompositionRoot(ClockPort clock, Map<String, String> environment, Path userHome) {
    this.clock = clock;
    this.environment = environment;
    this.userHome = userHome;
  }

  @Override
  public DatasetFiles datasetFiles() {
    return new FilesOnDisk();
  }

  @Override
  public DatasetOutput datasetOutput() {
    return new FilesWritten();
  }

  @Override
  public Civitas civitasOver(Snapshot snapshot) {
    Civitas civitas = Civitas.builder().store(new InMemoryStore()).clock(clock).build();
    civitas
        .importSnapshot()
        .importSnapshot(new ImportSnapshotCommand(snapshot, ImmutableList.of(), ACTOR));
    return civitas;
  }

  @Override
  public Database database(Optional<String> url, Database.Access access) {
    String location = DatabaseLocation.url(url, environment, userHome);
    Optional<Path> file = DatabaseLocation.embeddedFile(location, userHome);
    if (file.isPresent()) {
      prepare(file.get(), access);
    }
    JdbcStore store;
    try {
      store = Stores.open(Optional.of(location), environment, userHome);
    } catch (DatabaseUnavailable e) {
      throw new DatabaseUnreachable(e.getMessage(), e);
    }
    return new StoredDatabase(store, clock, actor());
  }

  /**
   * A query does not create an embedded database (it would only find it empty); an import makes the
   * directory the database lives in.
   */
  private static void prepare(Path file, Database.Access access) {
    if (access == Database.Access.READ && !Files.exists(file)) {
      throw NoData.noDatabase(file.toString());
    }
    Path directory = file.toAbsolutePath().getParent();
    if (access == Database.Access.WRITE && directory != null) {
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new DatabaseUnreachable(
            "cannot make the directory " + directory + " for the database: " + e.getMessage(), e);
      }
    }
  }

  /** The person running the command, as the system names them. */
  private String actor() {
    return Optional.ofNullable(environment.get("USER"))
        .or(() -> Optional.ofNullable(environment.get("USERNAME")))
        .filter(name -> !name.isBlank())
        .map(name -> ACTOR + ":" + name)
        .orElse(ACTOR);
  }

  @Override
  public Snapshot syntheticDataset(int units, int commitments, long seed) {
    return SyntheticDataset.generate(units, commitments, seed);
  }
}
