package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civitas.application.Civitas;
import picocli.CommandLine.Option;

/** {@code --data FILE}: the dataset files a query reads, as one dataset. */
final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "FILE",
      required = true,
      description =
          "A dataset file, YAML or JSON. Give it several times to read several files as one dataset.")
  private List<Path> files = new ArrayList<>();

  /**
   * Reads the files and answers the use cases over what they hold.
   *
   * @throws DatasetHasErrors when the dataset has an error: no answer comes from wrong data
   */
  Civitas open(Wiring wiring) {
    Dataset dataset = wiring.datasetFiles().read(files);
    if (dataset.hasErrors()) {
      throw new DatasetHasErrors(
          dataset.errors(),
          files.stream().map(Path::toString).collect(ImmutableList.toImmutableList()));
    }
    return wiring.civitasOver(dataset.snapshot());
  }
}
