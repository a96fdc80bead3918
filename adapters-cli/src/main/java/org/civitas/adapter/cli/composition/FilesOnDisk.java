package org.civitas.adapter.cli.composition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civitas.adapter.cli.CannotRead;
import org.civitas.adapter.cli.Dataset;
import org.civitas.adapter.cli.DatasetFiles;

/** Dataset files on disk, read by the dataset codec. */
final class FilesOnDisk implements DatasetFiles {

  @Override
  public Dataset read(List<Path> files) {
    files.forEach(FilesOnDisk::requireReadable);
    throw new CannotRead(files.get(0).toString(), "this build has no dataset codec");
  }

  /** Says why a file cannot be read before the codec tries, in the words people use. */
  private static void requireReadable(Path file) {
    if (!Files.exists(file)) {
      throw new CannotRead(file.toString(), "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new CannotRead(file.toString(), "it is a directory, not a dataset file");
    }
    if (!Files.isReadable(file)) {
      throw new CannotRead(file.toString(), "permission denied");
    }
  }
}
