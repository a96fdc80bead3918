package org.civitas.adapter.rest;

import static org.civitas.adapter.rest.Route.Access.READ;
import static org.civitas.adapter.rest.Route.Access.WRITE;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.civitas.application.Civitas;
import org.civitas.application.port.Actor;
import org.civitas.application.port.in.ImportReport;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.domain.snapshot.Snapshot;

/**
 * Dataset documents (SPEC §3): checked without storing, imported in place of the whole record by an
 * administrator, and exported as YAML or JSON. The documents are read and written by the {@link
 * DatasetCodec} the server was given.
 */
final class DatasetEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private static final String YAML = "application/yaml";
  private static final Set<String> DATASET_TYPES =
      Set.of(YAML, "application/x-yaml", "text/yaml", Answers.JSON);

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
    Answers.json(
        ctx,
        new Resources.Validation(
            true, MAP.counts(reading.findings()), MAP.findings(reading.findings())));
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
    Answers.json(
        ctx,
        new Resources.Imported(
            report.units(),
            report.strategies(),
            report.commitments(),
            MAP.findings(reading.findings())));
  }

  private void export(Context ctx) throws IOException {
    DatasetCodec.Notation notation =
        Requests.coded(
                ctx,
                "format",
                format ->
                    switch (format) {
                      case "yaml" -> Optional.of(DatasetCodec.Notation.YAML);
                      case "json" -> Optional.of(DatasetCodec.Notation.JSON);
                      default -> Optional.empty();
                    },
                "yaml or json")
            .orElse(DatasetCodec.Notation.YAML);
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"civitas."
            + (notation == DatasetCodec.Notation.YAML ? "yaml" : "json")
            + "\"");
    Answers.bytes(ctx, document(notation), mediaType(notation));
  }

  private DatasetCodec.Reading read(Context ctx) throws IOException {
    String type = Bodies.mediaType(ctx, DATASET_TYPES);
    DatasetCodec.Notation notation =
        type.equals(Answers.JSON) ? DatasetCodec.Notation.JSON : DatasetCodec.Notation.YAML;
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

  private String etag(DatasetCodec.Notation notation) throws IOException {
    return Conditions.ofBytes(document(notation));
  }

  private static String mediaType(DatasetCodec.Notation notation) {
    return notation == DatasetCodec.Notation.YAML ? YAML + "; charset=utf-8" : Answers.JSON;
  }
}
