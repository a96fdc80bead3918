package org.civitas.adapter.cli.composition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.domain.snapshot.Snapshot;

/** Embedded databases in a test's temporary directory, and the bundled examples to fill them. */
final class Databases {

  private Databases() {}

  /** The URL of an embedded H2 database {@code name} under {@code directory}. */
  static String h2(Path directory, String name) {
    return "jdbc:h2:file:" + directory.resolve(name).resolve("civitas").toAbsolutePath();
  }

  /** An environment whose default database lives in {@code home}, and that names no other. */
  static Map<String, String> home(Path home) {
    return Map.of("CIVITAS_HOME", home.toString());
  }

  /** Every bundled example, in the order a shell lists {@code examples/*.yaml}. */
  static List<Path> examples() {
    try (Stream<Path> files = Files.list(Command.EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code first} followed by {@code rest}, as the command's words. */
  static Object[] words(List<?> rest, Object... first) {
    return Stream.concat(Stream.of(first), rest.stream()).toArray();
  }

  /** What the database at {@code url} holds, read by the store itself. */
  static Snapshot stored(String url) {
    try (JdbcStore store = JdbcStore.open(url)) {
      return store.loadSnapshot();
    }
  }
}
