package org.civitas.adapter.cli.composition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The real command, run in this process through {@link Main#run}: its exit code and output. */
record Command(int exitCode, String out, String err) {

  /** The bundled examples, seen from the module's directory where the tests run. */
  static final Path EXAMPLES = Path.of("..", "examples");

  static Path example(String name) {
    Path file = EXAMPLES.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file.toAbsolutePath() + " is missing: run the tests from the module");
    }
    return file;
  }

  static Command run(Object... args) {
    return run(System.getenv(), args);
  }

  /**
   * Runs the command with {@code environment} in place of the process's: {@code CIVITAS_HOME} and
   * {@code CIVITAS_DB} there say where the database is.
   */
  static Command run(Map<String, String> environment, Object... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] words = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      words[i] = args[i].toString();
    }
    int code =
        Main.run(
            words,
            environment,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Command(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  JsonNode json() {
    try {
      return new ObjectMapper().readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
