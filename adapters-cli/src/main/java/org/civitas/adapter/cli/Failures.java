package org.civitas.adapter.cli;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import org.civitas.application.port.RequestRefused;
import org.civitas.application.port.SnapshotRefused;
import org.civitas.domain.invariant.InvariantViolation;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every failure mapped once to one line on stderr and an exit code (SPEC §6): 1 when the data or
 * the request was refused, 2 for a usage or I/O error. A stack trace only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  static final int REFUSED = 1;
  static final int USAGE = 2;

  private final BooleanSupplier verbose;
  private final Style style;

  Failures(BooleanSupplier verbose, Style style) {
    this.verbose = verbose;
    this.style = style;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    StringBuilder line = new StringBuilder(message(e));
    if (e instanceof UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      line.append(" (did you mean ")
          .append(String.join(" or ", unmatched.getSuggestions()))
          .append("?)");
    }
    line.append("; see '").append(command.getCommandSpec().qualifiedName()).append(" --help'");
    say(command.getErr(), line.toString());
    return USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int code = report(e, err);
    if (verbose.getAsBoolean()) {
      err.print(Throwables.getStackTraceAsString(e));
    }
    err.flush();
    return code;
  }

  private int report(Exception e, PrintWriter err) {
    if (e instanceof DatasetHasErrors errors) {
      errors.errors().forEach(f -> err.println(Findings.line(f, errors.severalFiles(), style)));
      say(err, e.getMessage());
      return REFUSED;
    }
    if (e instanceof SnapshotRefused refused) {
      refused
          .errors()
          .forEach(f -> err.println(Findings.line(new Dataset.FileFinding("", f), false, style)));
      say(err, e.getMessage());
      return REFUSED;
    }
    if (e instanceof RequestRefused || e instanceof CommandRefused) {
      say(err, e.getMessage());
      return REFUSED;
    }
    if (e instanceof CannotRead
        || e instanceof CannotWrite
        || e instanceof NoData
        || e instanceof DatabaseUnreachable
        || e instanceof CannotServe
        || e instanceof InvariantViolation) {
      say(err, e.getMessage());
      return USAGE;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      say(err, e.getMessage() + ": check the path and the permissions, then run it again");
      return USAGE;
    }
    say(
        err,
        "internal error ("
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage()
            + "); run it again with --verbose to see where it happened, and report it");
    return USAGE;
  }

  private void say(PrintWriter err, String message) {
    err.println(style.red("civitas:") + " " + message);
    err.flush();
  }

  /** Picocli's message, said the way the other errors are: what is wrong, in lower case. */
  private static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()) {
      String first = unmatched.getUnmatched().get(0);
      return e.getCommandLine().getSubcommands().isEmpty()
          ? "unexpected argument '" + first + "'"
          : "unknown command '" + first + "'";
    }
    return lowerFirst(e.getMessage());
  }

  private static String lowerFirst(String message) {
    return message.isEmpty()
        ? message
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
