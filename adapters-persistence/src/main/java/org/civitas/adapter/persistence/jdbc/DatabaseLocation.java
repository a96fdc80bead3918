package org.civitas.adapter.persistence.jdbc;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the store is when nobody says: the URL given, else the {@code CIVITAS_DB} environment
 * variable, else an embedded H2 file {@code civitas} under {@code $CIVITAS_HOME}, itself {@code
 * ~/.civitas} unless set.
 */
public final class DatabaseLocation {

  /** The environment variable that names the database's JDBC URL. */
  public static final String DATABASE = "CIVITAS_DB";

  /** The environment variable that names the directory Civitas keeps its files in. */
  public static final String HOME = "CIVITAS_HOME";

  private DatabaseLocation() {}

  /** The URL to open, from this process's environment and the user's home directory. */
  public static String url(Optional<String> given) {
    return url(given, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  public static String url(Optional<String> given, Map<String, String> environment, Path userHome) {
    return given
        .filter(url -> !url.isBlank())
        .or(() -> variable(environment, DATABASE))
        .orElseGet(() -> embedded(home(environment, userHome)));
  }

  /** {@code $CIVITAS_HOME}, or {@code .civitas} in the user's home directory. */
  public static Path home(Map<String, String> environment, Path userHome) {
    return variable(environment, HOME).map(Path::of).orElseGet(() -> userHome.resolve(".civitas"));
  }

  /** The embedded H2 database in {@code home}: the file {@code civitas.mv.db}. */
  public static String embedded(Path home) {
    return "jdbc:h2:file:" + home.resolve("civitas").toAbsolutePath();
  }

  private static Optional<String> variable(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
  }
}
