package org.civitas.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code civitas show unit|strategy|commitment ID}: one object with its derived figures. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "One unit, strategy or commitment with its derived figures.",
    description =
        "Figures are those of today by the application's clock, unless --as-of gives the day.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or the id is unknown",
      "2:usage or I/O error"
    })
final class ShowCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "say what to show: unit, strategy or commitment, then its id");
  }
}
