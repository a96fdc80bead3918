package org.civitas.adapter.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}: text for people, JSON for programs (docs/cli-json.md). */
final class FormatOption {

  /** The two forms of every answer. */
  enum Format {
    TEXT,
    JSON
  }

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text for people (the default), json for programs.")
  private Format format = Format.TEXT;

  boolean json() {
    return format == Format.JSON;
  }
}
