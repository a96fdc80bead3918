package org.civitas.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a command writes what it makes: the file {@code -o FILE} names, else standard output. A
 * file is written beside its final name and moved there once complete, so that a failure never
 * leaves half a file under that name.
 */
final class Output {

  /** What is written. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private Output() {}

  /**
   * Writes {@code content} to {@code file}, or to {@code stdout} when there is none.
   *
   * @throws CannotWrite when the file cannot be written
   */
  static void write(Optional<Path> file, PrintWriter stdout, Content content) {
    if (file.isEmpty()) {
      try {
        content.writeTo(stdout);
      } catch (IOException e) {
        throw new CannotWrite("the standard output", reason(e), e);
      }
      stdout.flush();
      return;
    }
    Path target = file.get().toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new CannotWrite(
          file.get().toString(), "it is a directory: name the file to write", null);
    }
    @Nullable Path partial = null;
    try {
      // Made as any new file is (not as a private temporary file), so that the file written
      // gets the permissions the user's umask gives.
      partial =
          target.resolveSibling(
              "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
      try (Writer out =
          Files.newBufferedWriter(
              partial,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(partial, e);
      throw new CannotWrite(file.get().toString(), reason(e), e);
    }
  }

  /** Removes the partial file; a failure to do so goes with the failure being reported. */
  private static void deleteQuietly(@Nullable Path partial, IOException failure) {
    if (partial == null) {
      return;
    }
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Why, as people say it. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
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
