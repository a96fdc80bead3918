package org.civitas.adapter.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --db JDBC_URL}: the database a command works on, when not the default one. */
final class DatabaseOption {

  /** The rule by which a command finds its database, as help texts say it. */
  static final String WHERE =
      "The database is the one --db names, else the one the CIVITAS_DB environment variable names,"
          + " else the embedded H2 file $CIVITAS_HOME/civitas.mv.db (CIVITAS_HOME defaults to"
          + " ~/.civitas).";

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "The database: jdbc:h2:file:PATH or jdbc:postgresql://HOST[:PORT]/DATABASE?user=…"
              + "&password=…; CIVITAS_DB, else the embedded file under $CIVITAS_HOME, when not"
              + " given.")
  private @Nullable String url;

  Optional<String> url() {
    return Optional.ofNullable(url);
  }
}
