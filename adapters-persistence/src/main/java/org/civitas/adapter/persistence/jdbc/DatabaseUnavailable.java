package org.civitas.adapter.persistence.jdbc;

import java.util.regex.Pattern;

/**
 * A store could not be opened: the URL names a database Civitas does not support, the database
 * cannot be reached, or its schema cannot be brought up to date. The message is one line that says
 * which and what to do; the cause keeps the details.
 */
public final class DatabaseUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  private DatabaseUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  private DatabaseUnavailable(String message) {
    super(message);
  }

  static DatabaseUnavailable unsupported(String url) {
    return new DatabaseUnavailable(
        "'"
            + shown(url)
            + "' is not a database Civitas can use: give jdbc:h2:file:PATH or"
            + " jdbc:postgresql://HOST[:PORT]/DATABASE");
  }

  static DatabaseUnavailable unreachable(String url, Throwable cause) {
    return new DatabaseUnavailable(
        "cannot open the database "
            + shown(url)
            + ": "
            + firstLine(cause)
            + " (check the URL, that the server runs and the credentials)",
        cause);
  }

  static DatabaseUnavailable notMigrated(String url, Throwable cause) {
    return new DatabaseUnavailable(
        "cannot bring the database " + shown(url) + " up to date: " + firstLine(cause), cause);
  }

  /** The URL without its password. */
  static String shown(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }

  /** The first line of the deepest message: the one that names what actually failed. */
  private static String firstLine(Throwable failure) {
    String message = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message == null
        ? failure.getClass().getSimpleName()
        : message.strip().lines().findFirst().orElse("");
  }
}
