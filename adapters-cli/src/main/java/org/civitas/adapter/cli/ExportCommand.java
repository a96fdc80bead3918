package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civitas.adapter.cli.DatasetOutput.Notation;
import org.civitas.adapter.cli.DatasetOutput.Publication;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import org.civitas.domain.snapshot.Snapshot;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code civitas export}: the stored record as a dataset file, as CSV tables, or in an open-data
 * format.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header =
        "Write the stored record as a dataset file (YAML or JSON), as CSV tables, or as open data"
            + " (ORG JSON-LD, Popolo, OGP commitments).",
    description = {
      "yaml and json write the dataset format (docs/dataset-format.md): importing the file gives back an equal record. csv writes one table per kind of object with a header row (units, attributions, posts, links, strategies, strategy_elements, commitments, partners, activities, indicators, measurements; the columns are in docs/csv-export.md): to standard output or to a .csv file as one stream, each table after a line '# NAME'; to any other -o, as a directory of NAME.csv files.",
      "jsonld, popolo and ogp-csv write open data (docs/open-data.md), as of --as-of (today when not given): the structure as the W3C Organization Ontology in JSON-LD, its IRIs under --base-iri; the structure as Popolo JSON; the commitments as one CSV table, a row per milestone with the figures of that day.",
      "The format is --format, else the one -o's extension names (.yaml, .yml, .json, .csv, .jsonld, .popolo.json, .ogp.csv), else yaml.",
      "Reads the database, or with --data the dataset files (which converts them). "
          + DatabaseOption.WHERE
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset given with --data has errors",
      "2:usage or I/O error (unreadable file, unreachable or missing database, unwritable output)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  civitas export -o ministere.yaml",
      "  civitas export --format csv -o tables/",
      "  civitas export --format ogp-csv --as-of 2026-11-22 -o plan.ogp.csv",
      "  civitas export --format jsonld --base-iri https://data.example.gov/masspf/ -o masspf.jsonld",
      "  civitas export --format json --data examples/maroc-upe.yaml"
    })
final class ExportCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "yaml|json|csv|jsonld|popolo|ogp-csv",
      converter = Notation.Converter.class,
      description =
          "yaml, json, csv, jsonld, popolo or ogp-csv; by default the one -o's extension names,"
              + " else yaml.")
  private @Nullable Notation notation;

  @Mixin private AsOfOption asOf;

  @Option(
      names = "--base-iri",
      paramLabel = "IRI",
      converter = BaseIri.class,
      description =
          "For jsonld: the start of every IRI, e.g. https://data.example.gov/masspf/ (units are"
              + " IRI/units/ID); urn:civitas: when not given.")
  private @Nullable String baseIri;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|DIR",
      description =
          "Where to write: a file, or for csv a directory of tables; standard output when not"
              + " given.")
  private @Nullable Path output;

  @Mixin private DataOption data;

  ExportCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    Notation chosen = chosen();
    if (asOf.date().isPresent() && !chosen.isOpenData()) {
      throw new ParameterException(
          spec.commandLine(),
          "--as-of is for jsonld, popolo and ogp-csv: " + chosen.code() + " is the same any day");
    }
    if (baseIri != null && chosen != Notation.JSONLD) {
      throw new ParameterException(
          spec.commandLine(), "--base-iri is for jsonld: " + chosen.code() + " has no IRIs");
    }
    Publication publication = new Publication(asOf.date(), Optional.ofNullable(baseIri));
    Snapshot record;
    try (Session session = data.open(wiring)) {
      record = session.civitas().exportSnapshot().export();
    }
    DatasetOutput writer = wiring.datasetOutput();
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      Output.write(Optional.empty(), out, w -> writer.write(record, chosen, publication, w));
      return 0;
    }
    Path target = output;
    String where;
    if (chosen == Notation.CSV && isDirectory(target)) {
      where = tables(writer, record, target);
    } else {
      Output.write(Optional.of(target), out, w -> writer.write(record, chosen, publication, w));
      where = target.toString();
    }
    out.println(
        style.green("exported")
            + " "
            + Text.contents(Counts.of(record))
            + " as "
            + chosen.code()
            + " to "
            + where);
    return 0;
  }

  private Notation chosen() {
    if (notation != null) {
      return notation;
    }
    return Optional.ofNullable(output)
        .flatMap(o -> Notation.ofFileName(o.getFileName().toString()))
        .orElse(Notation.YAML);
  }

  /** Reads {@code --base-iri}: an absolute IRI, one a scheme begins. */
  static final class BaseIri implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        if (new URI(value).isAbsolute()) {
          return value;
        }
      } catch (URISyntaxException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not an IRI ("
                + e.getReason()
                + "): give e.g. https://data.example.gov/masspf/");
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not an absolute IRI: begin it with a scheme, e.g. https://data.example.gov/masspf/");
    }
  }

  /** Whether {@code -o} names a directory of tables: one that exists, or a name without .csv. */
  private static boolean isDirectory(Path target) {
    return Files.isDirectory(target) || Notation.ofFileName(target.toString()).isEmpty();
  }

  private static String tables(DatasetOutput writer, Snapshot record, Path directory) {
    ImmutableList<Path> written;
    try {
      written = writer.writeCsvTables(record, directory);
    } catch (IOException e) {
      throw new CannotWrite(directory.toString(), Output.reason(e), e);
    }
    return directory + " (" + Text.count(written.size(), "table", "tables") + ")";
  }
}
