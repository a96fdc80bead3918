package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Help;

/** One run of the command in this process: its exit code and what it printed. */
record Run(int exitCode, String out, String err) {

  /** Runs {@code civitas args} over {@code wiring}, without colour, as a pipe would. */
  static Run of(Wiring wiring, String... args) {
    return of(wiring, Progress.NONE, args);
  }

  /** Runs {@code civitas args} over {@code wiring}, showing its progress to {@code progress}. */
  static Run of(Wiring wiring, Progress progress, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Cli.run(
            wiring,
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Help.Ansi.OFF,
            progress);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** What {@code --format json} printed. */
  JsonNode json() {
    try {
      return new ObjectMapper().readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
