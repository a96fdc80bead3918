package org.civitas.adapter.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civitas.application.Civitas;
import org.civitas.domain.snapshot.Snapshot;

/**
 * What the commands need from outside the application: dataset files read from disk and written
 * back, the database, synthetic datasets, and the use cases over a store holding what was read. The
 * composition root provides it with the persistence adapters; the commands never see those.
 */
public interface Wiring {

  /** Reads dataset files. */
  DatasetFiles datasetFiles();

  /** Writes a snapshot as a dataset file or as CSV tables. */
  DatasetOutput datasetOutput();

  /** Every use case over a store that holds {@code snapshot}, which has no error. */
  Civitas civitasOver(Snapshot snapshot);

  /**
   * Opens the database at {@code url}, else the one the environment names ({@code CIVITAS_DB}),
   * else the embedded one under {@code $CIVITAS_HOME}. With {@link Database.Access#READ}, an
   * embedded database that does not exist yet is not created.
   *
   * @throws NoData when {@code access} is {@code READ} and the embedded database does not exist
   * @throws DatabaseUnreachable when the URL is not one Civitas can use, or the database cannot be
   *     reached or brought up to date
   */
  Database database(Optional<String> url, Database.Access access);

  /** A valid synthetic dataset, the same for the same arguments (see {@code civitas generate}). */
  Snapshot syntheticDataset(int units, int commitments, long seed);

  /**
   * The example datasets ({@code examples/*.yaml}): under the working directory, else beside the
   * checkout the command runs from.
   *
   * @throws CannotRead when there are none
   */
  List<Path> exampleFiles();

  /** A new embedded database in a temporary directory, deleted when the database is closed. */
  Database temporaryDatabase();

  /**
   * Starts the REST API and the dashboard over {@code database} on {@code host:port} (0: any free
   * port); reads need a token when {@code tokenOnlyReads}.
   *
   * @throws CannotServe when it cannot listen there
   */
  Server serve(Database database, String host, int port, boolean tokenOnlyReads);
}
