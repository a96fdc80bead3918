package org.civitas.adapter.rest;

import static org.civitas.adapter.rest.Route.Access.READ;
import static org.civitas.adapter.rest.Route.Access.WRITE;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.civitas.application.Civitas;
import org.civitas.application.port.Actor;
import org.civitas.application.port.in.ImportReport;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.domain.snapshot.Snapshot;
import org.jspecify.annotations.Nullable;

/**
 * Dataset documents (SPEC §3): checked without storing, imported in place of the whole record by an
 * administrator, and exported as YAML or JSON, or as open data (ORG JSON-LD, Popolo, the OGP
 * table). The documents are read and written by the {@link DatasetCodec} the server was given.
 */
final class DatasetEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private static final String YAML_TYPE = "application/yaml";
  private static final Set<String> DATASET_TYPES =
      Set.of(YAML_TYPE, "application/x-yaml", "text/yaml", Answer.JSON);

  private final Civitas civitas;
  private final DatasetCodec codec;
  private final RestConfig config;

  DatasetEndpoints(Civitas civitas, DatasetCodec codec, RestConfig config) {
    this.civitas = civitas;
    this.codec = codec;
    this.config = config;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(
        Route.post("/api/v1/dataset/validate", READ, (ctx, actor) -> validate(ctx)),
        Route.post(
            "/api/v1/dataset/import",
            WRITE,
            (ctx, actor) ->
                importDataset(ctx, Authentication.required(actor, "importing a dataset"))),
        Route.get("/api/v1/dataset/export", READ, (ctx, actor) -> export(ctx)));
  }

  /** 200 with the findings when the document has no error, else 422 with them. */
  private void validate(Context ctx) throws IOException {
    DatasetCodec.Reading reading = read(ctx);
    if (reading.hasErrors()) {
      throw Problems.datasetRefused(reading.findings());
    }
    Answer.json(
            new Resources.Validation(
                true, MAP.counts(reading.findings()), MAP.findings(reading.findings())))
        .send(ctx);
  }

  /**
   * Replaces the whole record. Only an administrator may, which is asked before the document is
   * read; {@code If-Match} must name the export's ETag (the record the administrator last saw) or
   * {@code *} (whatever is stored).
   */
  private void importDataset(Context ctx, Actor actor) throws IOException {
    civitas.authorization().requireAdministrator(actor, "import a dataset");
    String condition =
        Conditions.ifMatch(ctx)
            .orElseThrow(
                () ->
                    new Problem(
                        ProblemType.PRECONDITION_REQUIRED,
                        "an import replaces the whole record: send If-Match with the ETag of"
                            + " GET /api/v1/dataset/export, or If-Match: * to replace whatever is"
                            + " stored"));
    DatasetCodec.Reading reading = read(ctx);
    if (reading.hasErrors()) {
      throw Problems.datasetRefused(reading.findings());
    }
    if (!Conditions.matches(condition, etag(DatasetCodec.Notation.YAML))
        && !Conditions.matches(condition, etag(DatasetCodec.Notation.JSON))) {
      throw new Problem(
          ProblemType.VERSION_CONFLICT,
          "the stored record changed since its export "
              + condition
              + ": export it again, and import against its ETag");
    }
    ImportReport report =
        civitas
            .importSnapshot()
            .importSnapshot(
                new ImportSnapshotCommand(reading.snapshot(), ImmutableList.of(), actor));
    Answer.json(
            new Resources.Imported(
                report.units(),
                report.strategies(),
                report.commitments(),
                MAP.findings(reading.findings())))
        .send(ctx);
  }

  private void export(Context ctx) throws IOException {
    Export format =
        Requests.coded(
                ctx,
                "format",
                code -> Arrays.stream(Export.values()).filter(f -> f.code.equals(code)).findFirst(),
                "yaml, json, jsonld, popolo or ogp-csv")
            .orElse(Export.YAML);
    Optional<LocalDate> asOf = Requests.day(ctx, "asOf");
    Optional<String> base = Requests.query(ctx, "base");
    if (format.openData == null) {
      if (asOf.isPresent() || base.isPresent()) {
        throw Problem.invalidParameter(
            asOf.isPresent() ? "asOf" : "base",
            "asOf and base are for the open-data formats: a dataset document is the same any day");
      }
    } else if (base.isPresent() && format != Export.JSONLD) {
      throw Problem.invalidParameter("base", "base is for jsonld: " + format.code + " has no IRIs");
    }
    base.ifPresent(DatasetEndpoints::requireAbsolute);
    ctx.header("Content-Disposition", "attachment; filename=\"civitas" + format.extension + "\"");
    byte[] body =
        format.openData == null
            ? document(format.notation)
            : published(format.openData, asOf, base);
    Answer.bytes(body, format.mediaType).send(ctx);
  }

  /** The formats of the export, as {@code format} names them. */
  private enum Export {
    YAML("yaml", ".yaml", YAML_TYPE + "; charset=utf-8", DatasetCodec.Notation.YAML, null),
    JSON("json", ".json", Answer.JSON, DatasetCodec.Notation.JSON, null),
    JSONLD("jsonld", ".jsonld", "application/ld+json", null, DatasetCodec.Publication.JSONLD),
    POPOLO("popolo", ".popolo.json", Answer.JSON, null, DatasetCodec.Publication.POPOLO),
    OGP_CSV(
        "ogp-csv",
        ".ogp.csv",
        "text/csv; charset=utf-8; header=present",
        null,
        DatasetCodec.Publication.OGP_CSV);

    final String code;
    final String extension;
    final String mediaType;
    final DatasetCodec.@Nullable Notation notation;
    final DatasetCodec.@Nullable Publication openData;

    Export(
        String code,
        String extension,
        String mediaType,
        DatasetCodec.@Nullable Notation notation,
        DatasetCodec.@Nullable Publication openData) {
      this.code = code;
      this.extension = extension;
      this.mediaType = mediaType;
      this.notation = notation;
      this.openData = openData;
    }
  }

  /** A base of IRIs must begin with a scheme: the IRIs it starts are absolute. */
  private static void requireAbsolute(String base) {
    boolean absolute;
    try {
      absolute = new URI(base).isAbsolute();
    } catch (URISyntaxException e) {
      absolute = false;
    }
    if (!absolute) {
      throw Problem.invalidParameter(
          "base",
          "base '"
              + base
              + "' is not an absolute IRI: begin it with a scheme, e.g."
              + " https://data.example.gov/masspf/");
    }
  }

  private DatasetCodec.Reading read(Context ctx) throws IOException {
    String type = Bodies.mediaType(ctx, DATASET_TYPES);
    DatasetCodec.Notation notation =
        type.equals(Answer.JSON) ? DatasetCodec.Notation.JSON : DatasetCodec.Notation.YAML;
    try (Bodies.Capped in = Bodies.open(ctx, config.maxDatasetBytes())) {
      DatasetCodec.Reading reading;
      try {
        reading = codec.read(in, notation);
      } catch (IOException | RuntimeException e) {
        if (in.passedLimit()) {
          throw Bodies.tooLarge(in.limit());
        }
        throw e;
      }
      if (in.passedLimit()) {
        // The codec took the cut-off for a broken document: the body was too large.
        throw Bodies.tooLarge(in.limit());
      }
      return reading;
    }
  }

  private byte[] document(DatasetCodec.Notation notation) throws IOException {
    Snapshot snapshot = civitas.exportSnapshot().export();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.write(snapshot, notation, out);
    return out.toByteArray();
  }

  private byte[] published(
      DatasetCodec.Publication format, Optional<LocalDate> asOf, Optional<String> base)
      throws IOException {
    Snapshot snapshot = civitas.exportSnapshot().export();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.publish(snapshot, format, asOf, base, out);
    return out.toByteArray();
  }

  private String etag(DatasetCodec.Notation notation) throws IOException {
    return Conditions.ofBytes(document(notation));
  }
}
