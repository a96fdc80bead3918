package org.civitas.adapter.cli.composition;

import com.google.common.collect.ImmutableList;
import java.io.FilterInputStream;
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
    return read(files, Reading.NONE);
  }

  @Override
  public void requireReadable(List<Path> files) {
    files.forEach(FilesOnDisk::requireReadable);
  }

  @Override
  public Dataset read(List<Path> files, Reading progress) {
    requireReadable(files);
    DatasetReading reading;
    try {
      reading =
          reader.read(
              files.stream().map(file -> source(file, progress)).toList(),
              new DatasetReader.Listener() {
                @Override
                public void checkingRules() {
                  progress.checkingRules();
                }
              });
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
  private static DatasetSource source(Path file, Reading progress) {
    DatasetSource source = DatasetSource.of(file);
    return new DatasetSource(
        source.name(), () -> open(file, source, progress), source.size(), source.format());
  }

  private static InputStream open(Path file, DatasetSource source, Reading progress) {
    try {
      return new Counted(source.content().open(), progress);
    } catch (IOException e) {
      throw new CannotRead(file.toString(), reason(e));
    }
  }

  /** A file's bytes, each read told to the reading's listener. */
  private static final class Counted extends FilterInputStream {
    private final Reading progress;

    Counted(InputStream in, Reading progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.read(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        progress.read(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      progress.read(skipped);
      return skipped;
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
