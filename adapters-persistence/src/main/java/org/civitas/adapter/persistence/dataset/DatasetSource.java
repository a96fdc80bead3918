package org.civitas.adapter.persistence.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One dataset file to read: the name its findings are reported under, how to open its content, its
 * size when known beforehand (so an oversized file is refused unread) and its format when the name
 * does not tell it.
 */
public record DatasetSource(
    String name, Content content, OptionalLong size, Optional<DatasetFormat> format) {

  /** Opens the bytes of a source; called once per read. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  /** A file on disk; its format comes from its extension, else from its first character. */
  public static DatasetSource of(Path file) {
    OptionalLong size;
    try {
      size = OptionalLong.of(Files.size(file));
    } catch (IOException e) {
      // Reported when the file is opened, with the reason.
      size = OptionalLong.empty();
    }
    return new DatasetSource(
        file.toString(),
        () -> Files.newInputStream(file),
        size,
        DatasetFormat.ofFileName(file.getFileName().toString()));
  }

  /** Bytes received by other means (an upload); {@code name} is used in findings. */
  public static DatasetSource of(String name, byte[] bytes) {
    return new DatasetSource(
        name,
        () -> new ByteArrayInputStream(bytes),
        OptionalLong.of(bytes.length),
        DatasetFormat.ofFileName(name));
  }

  /** A stream of unknown length, read once; it is refused as soon as it passes the size limit. */
  public static DatasetSource of(String name, InputStream stream) {
    return new DatasetSource(
        name, () -> stream, OptionalLong.empty(), DatasetFormat.ofFileName(name));
  }

  /** The same source read as {@code newFormat}, whatever its name says. */
  public DatasetSource as(DatasetFormat newFormat) {
    return new DatasetSource(name, content, size, Optional.of(newFormat));
  }
}
