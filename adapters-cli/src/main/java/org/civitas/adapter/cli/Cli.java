package org.civitas.adapter.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** The {@code civitas} command over what the composition root wires in. */
public final class Cli {

  private Cli() {}

  /**
   * Runs {@code civitas args}, printing to {@code out} and {@code err} in UTF-8, and answers the
   * exit code. Colour only when {@code ansi} says the output is a terminal that wants it.
   */
  public static int run(
      Wiring wiring, String[] args, PrintStream out, PrintStream err, Help.Ansi ansi) {
    return run(wiring, args, out, err, ansi, Progress.NONE);
  }

  /** As {@link #run(Wiring, String[], PrintStream, PrintStream, Help.Ansi)}, showing progress. */
  public static int run(
      Wiring wiring,
      String[] args,
      PrintStream out,
      PrintStream err,
      Help.Ansi ansi,
      Progress progress) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return commandLine(wiring, Style.of(ansi.enabled()), ansi, progress)
          .setOut(outWriter)
          .setErr(errWriter)
          .execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  static CommandLine commandLine(Wiring wiring, Style style, Help.Ansi ansi, Progress progress) {
    CivitasCommand root = new CivitasCommand();
    CommandLine show =
        new CommandLine(new ShowCommand())
            .addSubcommand(new ShowUnitCommand(wiring, style))
            .addSubcommand(new ShowStrategyCommand(wiring, style))
            .addSubcommand(new ShowCommitmentCommand(wiring, style));
    CommandLine civitas =
        new CommandLine(root)
            .addSubcommand(new ValidateCommand(wiring, style))
            .addSubcommand(new ImportCommand(wiring, style, progress))
            .addSubcommand(new ExportCommand(wiring, style))
            .addSubcommand(new TreeCommand(wiring, style))
            .addSubcommand(show)
            .addSubcommand(new HistoryCommand(wiring, style))
            .addSubcommand(new DiffCommand(wiring, style))
            .addSubcommand(new FindCommand(wiring, style))
            .addSubcommand(new ProgressCommand(wiring, style))
            .addSubcommand(new ReportCommand(wiring, style))
            .addSubcommand(new CoverageCommand(wiring, style))
            .addSubcommand(new ChartCommand(wiring, style))
            .addSubcommand(new GenerateCommand(wiring, style))
            .addSubcommand(new ServeCommand(wiring))
            .addSubcommand(
                new CommandLine(new TokenCommand())
                    .addSubcommand(new TokenCommand.Create(wiring))
                    .addSubcommand(new TokenCommand.Listing(wiring))
                    .addSubcommand(new TokenCommand.Revoke(wiring)));
    headings(civitas);
    Failures failures = new Failures(root::verbose, style);
    return civitas
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setColorScheme(Help.defaultColorScheme(ansi))
        .setParameterExceptionHandler(failures)
        .setExecutionExceptionHandler(failures);
  }

  /** The same sections in every command's help, each under its heading. */
  private static void headings(CommandLine command) {
    command
        .getCommandSpec()
        .usageMessage()
        .descriptionHeading("%n")
        .parameterListHeading("%nParameters:%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n");
    command.getSubcommands().values().forEach(Cli::headings);
  }
}
