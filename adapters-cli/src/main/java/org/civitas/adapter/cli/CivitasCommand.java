package org.civitas.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code civitas}: the commands, the options they share, and what the exit codes mean. */
@Command(
    name = "civitas",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Validate and query a ministry's structure, mandates, strategies and commitments.",
    description = {
      "Query commands (tree, show, history, diff, find, progress, report, coverage, chart, export) read either dataset files (YAML or JSON) given with --data FILE, several read as one dataset, or a database. "
          + DatabaseOption.WHERE
          + " A query never creates a database: import a dataset first with civitas import FILE….",
      "Text output is made for people; --format json gives documents for programs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the data or the request was refused (errors found, unknown id, an import over data without --replace)",
      "2:usage or I/O error (unknown option, unreadable file, unreachable or missing database)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  civitas serve --demo",
      "  civitas validate examples/*.yaml",
      "  civitas tree --data examples/togo-masspf.yaml",
      "  civitas import examples/*.yaml",
      "  civitas history msisf",
      "  civitas diff --from 2019-01-01 --to 2022-01-01",
      "  civitas progress --as-of 2026-11-22",
      "  civitas report --period 2025-S2 -o report-2025-S2.html",
      "  civitas export --format csv -o tables/"
    })
final class CivitasCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On an error, also print where it happened (the stack trace).")
  private boolean verbose;

  boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "give a command: validate, import, export, tree, show, history, diff, find, progress, report, coverage, chart, generate, serve or token");
  }
}
