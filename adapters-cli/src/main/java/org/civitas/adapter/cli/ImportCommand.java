package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civitas.application.port.in.ImportReport;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas import FILE…}: validates dataset files, then stores them whole, or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Validate dataset files, then store them in the database: all or nothing.",
    description = {
      "Reads the files as one dataset, as validate does, and prints its findings the same way. A dataset with any error is not stored, not even in part, and the database stays as it was.",
      "An import stores a whole record: the units, strategies and commitments of the dataset become those of the database. Into an empty database nothing more is needed. A database that already holds data is replaced only with --replace: everything it held is then replaced by the dataset, in one transaction, and the audit log records the import. Without --replace, an import into a database that holds data is refused and nothing changes.",
      DatabaseOption.WHERE
          + " An import creates the embedded database on first use; queries never create one.",
      "On a terminal, bars show the reading, the checking and the storing of large datasets."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the dataset was stored",
      "1:nothing was stored: the dataset has errors, or the database holds data and --replace was not given",
      "2:usage or I/O error (unreadable file, unreachable database)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  civitas import examples/*.yaml",
      "  civitas import --replace --db jdbc:postgresql://db.example/civitas?user=civitas ministry.yaml"
    })
final class ImportCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;
  private final Progress progress;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dataset files, YAML or JSON.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--replace",
      description =
          "Replace whatever the database holds with the dataset. Without it, a database that holds"
              + " data is left as it is and the import refused.")
  private boolean replace;

  @Mixin private DatabaseOption database;
  @Mixin private FormatOption format;

  ImportCommand(Wiring wiring, Style style, Progress progress) {
    this.wiring = wiring;
    this.style = style;
    this.progress = progress;
  }

  @Override
  public Integer call() {
    Progress shown = format.json() ? Progress.NONE : progress;
    // A mistyped file name must not leave a new, empty database behind.
    wiring.datasetFiles().requireReadable(files);
    try (Database target = wiring.database(database.url(), Database.Access.WRITE)) {
      Counts before = target.counts();
      if (!target.isEmpty() && !replace) {
        throw new CommandRefused(
            "the database "
                + target.location()
                + " already holds "
                + Text.contents(before)
                + ": give --replace to replace them all with the dataset; nothing was stored");
      }
      Dataset dataset = read(shown);
      PrintWriter out = spec.commandLine().getOut();
      if (dataset.hasErrors()) {
        report(dataset, Optional.empty(), before, target, out);
        throw new CommandRefused(
            "the dataset has "
                + Text.count(dataset.errors().size(), "error", "errors")
                + " and was not stored: correct "
                + (dataset.errors().size() == 1 ? "it" : "them")
                + " (civitas validate "
                + String.join(" ", files.stream().map(Path::toString).toList())
                + ") and import it again");
      }
      ImportReport stored;
      Counts incoming = counts(dataset);
      try (Progress.Phase storing =
          shown.begin("Storing " + Text.contents(incoming), Progress.UNKNOWN)) {
        stored =
            target
                .civitas()
                .importSnapshot()
                .importSnapshot(
                    new ImportSnapshotCommand(
                        dataset.snapshot(), ImmutableList.of(), target.actor()));
      }
      report(
          dataset,
          Optional.of(new Counts(stored.units(), stored.strategies(), stored.commitments())),
          before,
          target,
          out);
      return 0;
    }
  }

  /** The files as one dataset; on a terminal, the bytes read, then the check of the rules. */
  private Dataset read(Progress shown) {
    String task = "Reading " + (files.size() == 1 ? files.get(0) : files.size() + " files");
    try (Phases phases = new Phases(shown, shown.begin(task, size(files)))) {
      return wiring.datasetFiles().read(files, phases);
    }
  }

  /** The reading's phases as they follow each other: the bytes of the files, then the rules. */
  private static final class Phases implements DatasetFiles.Reading, AutoCloseable {
    private final Progress progress;
    private Progress.Phase current;

    Phases(Progress progress, Progress.Phase reading) {
      this.progress = progress;
      this.current = reading;
    }

    @Override
    public void read(long bytes) {
      current.advance(bytes);
    }

    @Override
    public void checkingRules() {
      current.close();
      current = progress.begin("Checking the rules", Progress.UNKNOWN);
    }

    @Override
    public void close() {
      current.close();
    }
  }

  /** How many bytes the files hold, or {@link Progress#UNKNOWN} when one cannot say. */
  private static long size(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        // Reading the file says why it cannot be read.
        return Progress.UNKNOWN;
      }
    }
    return total;
  }

  private static Counts counts(Dataset dataset) {
    return Counts.of(dataset.snapshot());
  }

  private void report(
      Dataset dataset, Optional<Counts> stored, Counts before, Database target, PrintWriter out) {
    if (format.json()) {
      out.println(Json.write(json(dataset, stored, before, target)));
      return;
    }
    dataset.findings().forEach(f -> out.println(Findings.line(f, files.size() > 1, style)));
    if (stored.isEmpty()) {
      out.println(style.red("not stored") + ": " + Findings.counts(dataset));
      return;
    }
    boolean replaced = before.units() + before.strategies() + before.commitments() > 0;
    out.println(
        style.green("stored")
            + " "
            + Text.contents(stored.get())
            + " in "
            + target.location()
            + (replaced ? ", in place of " + Text.contents(before) : "")
            + " ("
            + Findings.counts(dataset)
            + ")");
  }

  private ObjectNode json(
      Dataset dataset, Optional<Counts> stored, Counts before, Database target) {
    ObjectNode document =
        Json.object()
            .put("stored", stored.isPresent())
            .put("database", target.location())
            .put("replace", replace);
    ArrayNode names = document.putArray("files");
    files.forEach(f -> names.add(f.toString()));
    if (stored.isPresent()) {
      document.set("imported", contents(stored.get()));
    } else {
      document.putNull("imported");
    }
    document.set("before", contents(before));
    Findings.json(dataset, document);
    return document;
  }

  private static ObjectNode contents(Counts counts) {
    return Json.object()
        .put("units", counts.units())
        .put("strategies", counts.strategies())
        .put("commitments", counts.commitments());
  }
}
