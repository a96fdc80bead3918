package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where a query reads its data: the dataset files {@code --data FILE} names, as one dataset, or
 * else a database ({@code --db JDBC_URL}, else {@code CIVITAS_DB}, else the embedded default).
 */
final class DataOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "A dataset file, YAML or JSON, to read instead of the database. Give it several times to"
              + " read several files as one dataset.")
  private List<Path> files = new ArrayList<>();

  @Mixin private DatabaseOption database;

  /**
   * Reads the files, or opens the database, and answers the use cases over what they hold; close
   * the session when done.
   *
   * @throws DatasetHasErrors when the dataset has an error: no answer comes from wrong data
   * @throws NoData when no file is given and the database does not exist or holds nothing
   */
  Session open(Wiring wiring) {
    if (!files.isEmpty() && database.url().isPresent()) {
      throw new ParameterException(
          spec.commandLine(), "give either --data or --db, not both: a query reads one record");
    }
    if (files.isEmpty()) {
      return Session.over(stored(wiring));
    }
    Dataset dataset = wiring.datasetFiles().read(files);
    if (dataset.hasErrors()) {
      throw new DatasetHasErrors(
          dataset.errors(),
          files.stream().map(Path::toString).collect(ImmutableList.toImmutableList()));
    }
    return Session.inMemory(wiring.civitasOver(dataset.snapshot()));
  }

  /** The database, refused when it holds nothing: a query would only say there is nothing. */
  private Database stored(Wiring wiring) {
    Database opened = wiring.database(database.url(), Database.Access.READ);
    if (opened.isEmpty()) {
      opened.close();
      throw NoData.emptyDatabase(opened.location());
    }
    return opened;
  }
}
