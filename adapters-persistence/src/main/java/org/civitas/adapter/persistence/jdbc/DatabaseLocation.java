package org.civitas.adapter.persistence.jdbc;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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

  private static final String H2 = "jdbc:h2:";
  private static final String FILE = "file:";
  private static final Pattern OTHER_H2_PROTOCOL = Pattern.compile("[a-zA-Z]{2,}:");

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

  /**
   * The file an embedded H2 database lives in ({@code civitas.mv.db} for {@code
   * jdbc:h2:file:/srv/civitas}), so that a caller can tell whether it exists before opening it
   * creates it. Empty for any other URL: a server, an in-memory database, another vendor.
   */
  public static Optional<Path> embeddedFile(String url, Path userHome) {
    if (!url.startsWith(H2)) {
      return Optional.empty();
    }
    String rest = url.substring(H2.length());
    if (rest.startsWith(FILE)) {
      rest = rest.substring(FILE.length());
    } else if (OTHER_H2_PROTOCOL.matcher(rest).lookingAt()) {
      // mem:, tcp:, ssl:, zip:, nio…: not a plain file of this machine.
      return Optional.empty();
    }
    int settings = rest.indexOf(';');
    String name = settings < 0 ? rest : rest.substring(0, settings);
    if (name.isBlank()) {
      return Optional.empty();
    }
    Path base =
        name.equals("~") || name.startsWith("~/")
            ? userHome.resolve(name.substring(Math.min(2, name.length())))
            : Path.of(name);
    return Optional.of(base.resolveSibling(base.getFileName() + ".mv.db"));
  }

  private static Optional<String> variable(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
  }
}
