package org.civitas.adapter.cli.composition;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.civitas.adapter.cli.Cli;
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
    System.exit(
        Cli.run(new CompositionRoot(ClockPort.systemUtc()), args, out, err, Help.Ansi.AUTO));
  }

  /**
   * Runs {@code civitas args} in this process, without colour, and answers its exit code: how tests
   * and embedding tools run the command.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return Cli.run(new CompositionRoot(ClockPort.systemUtc()), args, out, err, Help.Ansi.OFF);
  }
}
