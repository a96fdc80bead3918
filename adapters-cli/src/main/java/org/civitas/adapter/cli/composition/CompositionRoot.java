package org.civitas.adapter.cli.composition;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.civitas.adapter.cli.CannotRead;
import org.civitas.adapter.cli.CannotServe;
import org.civitas.adapter.cli.Database;
import org.civitas.adapter.cli.DatabaseUnreachable;
import org.civitas.adapter.cli.DatasetFiles;
import org.civitas.adapter.cli.DatasetOutput;
import org.civitas.adapter.cli.NoData;
import org.civitas.adapter.cli.Server;
import org.civitas.adapter.cli.Wiring;
import org.civitas.adapter.persistence.Stores;
import org.civitas.adapter.persistence.generate.SyntheticDataset;
import org.civitas.adapter.persistence.jdbc.DatabaseLocation;
import org.civitas.adapter.persistence.jdbc.DatabaseUnavailable;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.adapter.rest.RestConfig;
import org.civitas.adapter.rest.RestServer;
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
  private final Path workingDirectory;
  private final Consumer<Server> started;

  CompositionRoot(ClockPort clock, Map<String, String> environment, Path userHome) {
    this(clock, environment, userHome, Path.of(""), server -> {});
  }

  /**
   * As {@link #CompositionRoot(ClockPort, Map, Path)}, looking for the examples under {@code
   * workingDirectory} and telling {@code started} of each server once it listens.
   */
  CompositionRoot(
      ClockPort clock,
      Map<String, String> environment,
      Path userHome,
      Path workingDirectory,
      Consumer<Server> started) {
    this.clock = clock;
    this.environment = environment;
    this.userHome = userHome;
    this.workingDirectory = workingDirectory;
    this.started = started;
  }

  @Override
  public DatasetFiles datasetFiles() {
    return new FilesOnDisk();
  }

  @Override
  public DatasetOutput datasetOutput() {
    return new FilesWritten(clock);
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

  @Override
  public List<Path> exampleFiles() {
    List<Path> places = new ArrayList<>();
    places.add(workingDirectory.resolve("examples"));
    checkout().ifPresent(places::add);
    for (Path place : places) {
      List<Path> files = yamlFiles(place);
      if (!files.isEmpty()) {
        return files;
      }
    }
    throw new CannotRead(
        "examples/*.yaml",
        "there are none in "
            + String.join(
                " nor in ",
                places.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList())
            + ": run civitas serve --demo from the Civitas checkout");
  }

  /**
   * The examples beside the checkout the jar was built in: the jar's directory's ../../examples.
   */
  private static Optional<Path> checkout() {
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path directory = Files.isDirectory(code) ? code : code.getParent();
      return Optional.ofNullable(directory).map(d -> d.resolve("../../examples").normalize());
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<Path> yamlFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  @Override
  public Database temporaryDatabase() {
    Path directory;
    try {
      directory = Files.createTempDirectory("civitas-demo");
    } catch (IOException e) {
      throw new DatabaseUnreachable(
          "cannot make a temporary directory for the demo database: " + e.getMessage(), e);
    }
    try {
      JdbcStore store = JdbcStore.open(DatabaseLocation.embedded(directory));
      return new TemporaryDatabase(new StoredDatabase(store, clock, actor()), directory);
    } catch (DatabaseUnavailable e) {
      TemporaryDatabase.delete(directory);
      throw new DatabaseUnreachable(e.getMessage(), e);
    }
  }

  @Override
  public Server serve(Database database, String host, int port, boolean tokenOnlyReads) {
    RestConfig config =
        RestConfig.DEFAULT.withHost(host).withPort(port).withPublicReads(!tokenOnlyReads);
    RestServer server = new RestServer(database.civitas(), new DocumentCodec(clock), config);
    int bound;
    try {
      bound = server.start();
    } catch (RuntimeException e) {
      server.stop();
      throw new CannotServe(
          "cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + cause(e)
              + "): is another server using it? Give another --port",
          e);
    }
    RunningServer running = new RunningServer(server, bound);
    started.accept(running);
    return running;
  }

  /** The deepest message of {@code e}: the operating system's reason, e.g. address in use. */
  private static String cause(Throwable e) {
    Throwable deepest = e;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    return String.valueOf(deepest.getMessage());
  }
}
