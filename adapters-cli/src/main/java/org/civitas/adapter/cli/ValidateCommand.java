package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas validate FILE…}: checks dataset files against the rules of SPEC §4. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Check dataset files against the validation rules.",
    description = {
      "Prints one line per finding, severity code path (line): message, then a summary. With several files, each finding begins with its file. Nothing is stored.",
      "The files are read together as one dataset, as --data reads them for the other commands and as an import stores them: a file may name a unit of another, and an id may be used once across them all. Files that are separate datasets are checked with --each."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no error (and, with --strict, no warning)",
      "1:errors found (or, with --strict, warnings)",
      "2:usage or I/O error (unknown option, unreadable file)"
    })
final class ValidateCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dataset files, YAML or JSON.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--strict", description = "Fail on warnings too, not only on errors.")
  private boolean strict;

  @Option(
      names = "--each",
      description = "Check each file as a dataset of its own, not the files as one.")
  private boolean each;

  @Mixin private FormatOption format;

  ValidateCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    Dataset dataset = read();
    boolean valid = !dataset.hasErrors() && !(strict && dataset.count(Severity.WARNING) > 0);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(dataset, valid)));
    } else {
      dataset.findings().forEach(f -> out.println(Findings.line(f, files.size() > 1, style)));
      out.println(summary(dataset, valid));
    }
    return valid ? 0 : Failures.REFUSED;
  }

  /** The files as one dataset, or each as its own with the findings of all in file order. */
  private Dataset read() {
    if (!each) {
      return wiring.datasetFiles().read(files);
    }
    ImmutableList.Builder<Dataset.FileFinding> findings = ImmutableList.builder();
    for (Path file : files) {
      findings.addAll(wiring.datasetFiles().read(List.of(file)).findings());
    }
    return new Dataset(Snapshot.EMPTY, findings.build());
  }

  /** E.g. {@code valid: 0 errors, 4 warnings, 4 info in examples/maroc-upe.yaml}. */
  private String summary(Dataset dataset, boolean valid) {
    String counts =
        Findings.counts(dataset)
            + " in "
            + (files.size() == 1 ? files.get(0).toString() : files.size() + " files");
    if (valid) {
      return style.green("valid") + ": " + counts;
    }
    if (dataset.hasErrors()) {
      return style.red("not valid") + ": " + counts + "; correct the errors and validate again";
    }
    return style.red("not valid under --strict")
        + ": "
        + counts
        + "; resolve the warnings, or validate without --strict";
  }

  private ObjectNode json(Dataset dataset, boolean valid) {
    ObjectNode document = Json.object().put("valid", valid).put("strict", strict).put("each", each);
    ArrayNode names = document.putArray("files");
    files.forEach(f -> names.add(f.toString()));
    Findings.json(dataset, document);
    return document;
  }
}
