package org.civitas.adapter.cli.composition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.civitas.adapter.cli.Database;
import org.civitas.application.Civitas;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;

/** A database in a temporary directory, deleted with the directory when closed. */
final class TemporaryDatabase implements Database {

  private final Database database;
  private final Path directory;

  TemporaryDatabase(Database database, Path directory) {
    this.database = database;
    this.directory = directory;
  }

  @Override
  public Civitas civitas() {
    return database.civitas();
  }

  @Override
  public Counts counts() {
    return database.counts();
  }

  @Override
  public String location() {
    return database.location();
  }

  @Override
  public String actor() {
    return database.actor();
  }

  @Override
  public void close() {
    database.close();
    delete(directory);
  }

  static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
