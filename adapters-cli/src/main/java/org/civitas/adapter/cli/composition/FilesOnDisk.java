package org.civitas.adapter.cli.composition;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.civitas.adapter.cli.CannotRead;
import org.civitas.adapter.cli.Dataset;
import org.civitas.adapter.cli.DatasetFiles;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.dataset.DatasetReading;
import org.civitas.adapter.persistence.dataset.DatasetSource;

/**
 * Dataset files on disk, read together by the dataset codec: its findings (of the format and of the
 * rules) come back each at its file, pointer and line.
 */
final class FilesOnDisk implements DatasetFiles {

  private final DatasetReader reader = new DatasetReader();

  @Override
  public Dataset read(List<Path> files) {
    files.forEach(FilesOnDisk::requireReadable);
    DatasetReading reading;
    try {
      reading = reader.read(files.stream().map(FilesOnDisk::source).toList());
    } catch (UncheckedIOException e) {
      // A file that went away or broke between the check and the read.
      throw new CannotRead(
          String.join(", ", files.stream().map(Path::toString).toList()), reason(e.getCause()));
    }
    return new Dataset(
        reading.snapshot(),
        reading.findings().stream()
            .map(f -> new Dataset.FileFinding(f.source(), f.finding()))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The codec's source for {@code file}, refusing with the file's name when it cannot be opened.
   */
  private static DatasetSource source(Path file) {
    DatasetSource source = DatasetSource.of(file);
    return new DatasetSource(
        source.name(), () -> open(file, source), source.size(), source.format());
  }

  private static InputStream open(Path file, DatasetSource source) {
    try {
      return source.content().open();
    } catch (IOException e) {
      throw new CannotRead(file.toString(), reason(e));
    }
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

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
