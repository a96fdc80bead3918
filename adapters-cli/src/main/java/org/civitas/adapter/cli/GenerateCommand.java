package org.civitas.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civitas.adapter.cli.DatasetOutput.Notation;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import org.civitas.domain.snapshot.Snapshot;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code civitas generate}: a valid synthetic dataset, for trials and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Write a synthetic dataset: a whole government of made-up units and commitments.",
    description = {
      "Ministries down to cells, five to seven levels deep, with French-like names, mandates of 3 to 12 attributions, and commitments whose activities have dates, status and progress. The dataset is valid: it imports without error. The same numbers and seed always give the same file, byte for byte.",
      "Nothing in it is real: it is for trying Civitas out and measuring it, never for publishing.",
      "A unit takes about 1 KiB of YAML, and an import reads files of up to 64 MiB: generate at most about 60 000 units a file for civitas import."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:usage or I/O error (unwritable output)"},
    footerHeading = "%nExamples:%n",
    footer = {
      "  civitas generate --units 1000 --commitments 200 --seed 7 -o trial.yaml",
      "  civitas import trial.yaml"
    })
final class GenerateCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Option(
      names = "--units",
      paramLabel = "N",
      required = true,
      description = "How many units, 1 or more.")
  private int units;

  @Option(
      names = "--commitments",
      paramLabel = "M",
      defaultValue = "0",
      description = "How many commitments, 0 or more (default: ${DEFAULT-VALUE}).")
  private int commitments;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed of the random choices (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--format",
      paramLabel = "yaml|json",
      converter = Notation.Converter.class,
      description = "yaml or json; by default the one -o's extension names, else yaml.")
  private @Nullable Notation notation;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write; standard output when not given.")
  private @Nullable Path output;

  GenerateCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    if (units < 1 || commitments < 0) {
      throw new ParameterException(
          spec.commandLine(), "give 1 unit or more and 0 commitments or more");
    }
    Notation chosen =
        Optional.ofNullable(notation)
            .or(
                () ->
                    Optional.ofNullable(output)
                        .flatMap(o -> Notation.ofFileName(o.getFileName().toString())))
            .orElse(Notation.YAML);
    if (!chosen.readsBack()) {
      throw new ParameterException(
          spec.commandLine(),
          "a generated dataset is written as yaml or json, to be imported; export it as "
              + chosen.code()
              + " once imported");
    }
    Snapshot dataset = wiring.syntheticDataset(units, commitments, seed);
    DatasetOutput writer = wiring.datasetOutput();
    PrintWriter out = spec.commandLine().getOut();
    Output.write(Optional.ofNullable(output), out, w -> writer.write(dataset, chosen, w));
    if (output != null) {
      out.println(
          style.green("generated")
              + " "
              + Text.contents(Counts.of(dataset))
              + " (seed "
              + seed
              + ") as "
              + chosen.code()
              + " in "
              + output);
    }
    return 0;
  }
}
