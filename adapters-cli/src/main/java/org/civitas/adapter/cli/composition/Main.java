package org.civitas.adapter.cli.composition;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.civitas.adapter.cli.Cli;
import org.civitas.adapter.cli.Progress;
import org.civitas.adapter.cli.Server;
import org.civitas.application.port.out.ClockPort;
import picocli.CommandLine.Help;

/** The {@code civitas} executable: the command over the persistence adapters. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the platform's default: names are French, trees are box-drawing lines.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // Bars only for a person at a terminal: never in a pipe, a file or a script's log.
    Progress progress = System.console() != null ? Progress.bars(err) : Progress.NONE;
    System.exit(Cli.run(root(System.getenv()), args, out, err, Help.Ansi.AUTO, progress));
  }

  /**
   * Runs {@code civitas args} in this process, without colour, and answers its exit code: how tests
   * and embedding tools run the command.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.getenv(), out, err);
  }

  /**
   * As {@link #run(String[], PrintStream, PrintStream)}, with {@code environment} in place of the
   * process's: {@code CIVITAS_DB} and {@code CIVITAS_HOME} say where the database is.
   */
  public static int run(
      String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    return Cli.run(root(environment), args, out, err, Help.Ansi.OFF);
  }

  /**
   * As {@link #run(String[], Map, PrintStream, PrintStream)}, telling {@code started} of the server
   * {@code civitas serve} starts, once it listens: how tests reach it and stop it.
   */
  static int run(
      String[] args,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err,
      Consumer<Server> started) {
    CompositionRoot root =
        new CompositionRoot(
            ClockPort.systemUtc(),
            environment,
            Path.of(System.getProperty("user.home")),
            Path.of(""),
            started);
    return Cli.run(root, args, out, err, Help.Ansi.OFF);
  }

  private static CompositionRoot root(Map<String, String> environment) {
    return new CompositionRoot(
        ClockPort.systemUtc(), environment, Path.of(System.getProperty("user.home")));
  }
}
