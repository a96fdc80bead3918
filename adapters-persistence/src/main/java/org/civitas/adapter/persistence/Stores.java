package org.civitas.adapter.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.civitas.adapter.persistence.jdbc.DatabaseLocation;
import org.civitas.adapter.persistence.jdbc.DatabaseUnavailable;
import org.civitas.adapter.persistence.jdbc.JdbcStore;

/**
 * Opens the store a command or a server works on: the database at the URL given, else at {@code
 * CIVITAS_DB}, else the embedded H2 file under {@code $CIVITAS_HOME} (by default {@code
 * ~/.civitas}), created on first use.
 */
public final class Stores {

  private Stores() {}

  /**
   * @throws DatabaseUnavailable with a one-line message when the URL is not supported, the database
   *     cannot be reached or its schema cannot be brought up to date
   */
  public static JdbcStore open(Optional<String> jdbcUrl) {
    return JdbcStore.open(DatabaseLocation.url(jdbcUrl));
  }

  /** As {@link #open(Optional)}, reading the variables from {@code environment}. */
  public static JdbcStore open(
      Optional<String> jdbcUrl, Map<String, String> environment, Path userHome) {
    return JdbcStore.open(DatabaseLocation.url(jdbcUrl, environment, userHome));
  }
}
