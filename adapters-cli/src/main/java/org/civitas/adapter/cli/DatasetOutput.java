package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.civitas.domain.snapshot.Snapshot;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Writes a snapshot as a dataset document (docs/dataset-format.md), as CSV tables, or in an
 * open-data format (docs/open-data.md).
 */
public interface DatasetOutput {

  /** The notations a record is written in. */
  enum Notation {
    /** The dataset format in YAML: reads back equal. */
    YAML(".yaml", ".yml"),
    /** The dataset format in JSON: reads back equal. */
    JSON(".json"),
    /** One table per kind of object (docs/csv-export.md); for reading, not for importing. */
    CSV(".csv"),
    /** The W3C Organization Ontology in JSON-LD (docs/open-data.md). */
    JSONLD(".jsonld"),
    /** Popolo JSON (docs/open-data.md). */
    POPOLO(".popolo.json"),
    /** The commitments, one row per milestone, as an OGP plan lists them (docs/open-data.md). */
    OGP_CSV(".ogp.csv");

    private final ImmutableList<String> extensions;

    Notation(String... extensions) {
      this.extensions = ImmutableList.copyOf(extensions);
    }

    /** {@code yaml}, …, {@code ogp-csv}: how {@code --format} names it. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether importing what is written gives the record back. */
    public boolean readsBack() {
      return this == YAML || this == JSON;
    }

    /** Whether it is written as of a day, which changes what it says. */
    public boolean isOpenData() {
      return this == JSONLD || this == POPOLO || this == OGP_CSV;
    }

    /**
     * The notation a file name announces by its extension; the longest that matches, so that {@code
     * plan.ogp.csv} is an OGP table and not CSV tables.
     */
    static Optional<Notation> ofFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return Arrays.stream(values())
          .flatMap(n -> n.extensions.stream().filter(lower::endsWith).map(e -> new Match(n, e)))
          .max((a, b) -> Integer.compare(a.extension().length(), b.extension().length()))
          .map(Match::notation);
    }

    private record Match(Notation notation, String extension) {}

    /** Reads {@code --format} by its code, in any case. */
    static final class Converter implements ITypeConverter<Notation> {
      @Override
      public Notation convert(String value) {
        String code = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
            .filter(n -> n.code().equals(code))
            .findFirst()
            .orElseThrow(
                () ->
                    new TypeConversionException(
                        "'"
                            + value
                            + "' is not a format: give one of "
                            + String.join(
                                ", ", Arrays.stream(values()).map(Notation::code).toList())));
      }
    }
  }

  /**
   * What an open-data export is written for: the day (today by the application's clock when empty)
   * and the base of the IRIs it mints ({@code urn:civitas:} when empty).
   */
  record Publication(Optional<LocalDate> asOf, Optional<String> baseIri) {

    public static final Publication TODAY = new Publication(Optional.empty(), Optional.empty());
  }

  /** Writes {@code snapshot} to {@code out}; an open-data notation as of today. */
  default void write(Snapshot snapshot, Notation notation, Writer out) throws IOException {
    write(snapshot, notation, Publication.TODAY, out);
  }

  /**
   * Writes {@code snapshot} to {@code out}; CSV gives every table, each after {@code # NAME}; an
   * open-data notation is written for {@code publication}, which the others do not use.
   */
  void write(Snapshot snapshot, Notation notation, Publication publication, Writer out)
      throws IOException;

  /**
   * Writes each CSV table to its own file, {@code NAME.csv}, in {@code directory} (made if
   * missing).
   *
   * @return the files written
   */
  ImmutableList<Path> writeCsvTables(Snapshot snapshot, Path directory) throws IOException;
}
