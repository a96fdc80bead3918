package org.civitas.adapter.rest;

import static org.civitas.adapter.rest.Route.Access.WRITE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.Civitas;
import org.civitas.application.port.Actor;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.RecordIndicatorMeasurementCommand;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.time.PartialDate;

/**
 * A commitment with its derived figures as of a day; an activity's progress reported and an
 * indicator's measurement recorded, each against the commitment's ETag ({@code If-Match}) by the
 * holder of a token that may change it.
 */
final class CommitmentEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private static final String STATUSES = "not-started, in-progress, completed or cancelled";

  private static final ImmutableSet<String> PROGRESS_FIELDS =
      WriteBody.fields("progress", "status", "note");
  private static final ImmutableSet<String> ACTIVITY_READ_ONLY =
      WriteBody.fields(
          "id",
          "title",
          "period",
          "start",
          "end",
          "weight",
          "expectedProgress",
          "state",
          "version");
  private static final ImmutableSet<String> MEASUREMENT_FIELDS =
      WriteBody.fields("date", "value", "note");
  private static final ImmutableSet<String> INDICATOR_READ_ONLY =
      WriteBody.fields(
          "id",
          "kind",
          "name",
          "unit",
          "direction",
          "baseline",
          "target",
          "measurements",
          "latest",
          "achievement",
          "version");

  private final Civitas civitas;
  private final RestConfig config;

  CommitmentEndpoints(Civitas civitas, RestConfig config) {
    this.civitas = civitas;
    this.config = config;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(
        Route.read("/api/v1/commitments/{id}", this::show),
        Route.put(
            "/api/v1/commitments/{id}/activities/{activityId}/progress",
            WRITE,
            (ctx, actor) ->
                reportProgress(ctx, Authentication.required(actor, "reporting progress"))),
        Route.post(
            "/api/v1/commitments/{id}/indicators/{indicatorId}/measurements",
            WRITE,
            (ctx, actor) ->
                recordMeasurement(ctx, Authentication.required(actor, "recording a measurement"))));
  }

  private Answer show(Context ctx) {
    CommitmentId id = Requests.id(ctx, "id", UnknownId.Kind.COMMITMENT, CommitmentId::of);
    Optional<LocalDate> asOf = Requests.day(ctx, "asOf");
    CommitmentView view = civitas.showCommitment().show(new ShowCommitmentQuery(id, asOf));
    return Answer.versioned(MAP.commitment(view), view.version(), asOf.isPresent());
  }

  /** {@code {"progress": 35, "status": "in-progress", "note": "…"}}. */
  private void reportProgress(Context ctx, Actor actor) throws IOException {
    CommitmentId id = Requests.id(ctx, "id", UnknownId.Kind.COMMITMENT, CommitmentId::of);
    ActivityId activity = Requests.id(ctx, "activityId", UnknownId.Kind.ACTIVITY, ActivityId::of);
    long version = Conditions.requiredVersion(ctx, "commitment " + id);
    WriteBody body =
        WriteBody.read(ctx, config.maxResourceBytes(), PROGRESS_FIELDS, ACTIVITY_READ_ONLY);
    Optional<BigDecimal> progress = body.number("progress");
    Optional<ActivityStatus> status = body.coded("status", ActivityStatus::fromCode, STATUSES);
    Optional<String> note = body.optionalText("note");
    body.check();
    Versioned<Commitment> saved =
        civitas
            .reportActivityProgress()
            .report(
                new ReportActivityProgressCommand(
                    id,
                    activity,
                    status.orElseThrow(),
                    progress.orElseThrow().doubleValue(),
                    note,
                    version,
                    actor));
    answerChanged(ctx, saved);
  }

  /** {@code {"date": "2024-12", "value": 3, "note": "…"}}. */
  private void recordMeasurement(Context ctx, Actor actor) throws IOException {
    CommitmentId id = Requests.id(ctx, "id", UnknownId.Kind.COMMITMENT, CommitmentId::of);
    IndicatorId indicator =
        Requests.id(ctx, "indicatorId", UnknownId.Kind.INDICATOR, IndicatorId::of);
    long version = Conditions.requiredVersion(ctx, "commitment " + id);
    WriteBody body =
        WriteBody.read(ctx, config.maxResourceBytes(), MEASUREMENT_FIELDS, INDICATOR_READ_ONLY);
    Optional<PartialDate> date =
        body.coded("date", PartialDate::tryParse, "a date written YYYY, YYYY-MM or YYYY-MM-DD");
    Optional<BigDecimal> value = body.number("value");
    Optional<String> note = body.optionalText("note");
    body.check();
    Versioned<Commitment> saved =
        civitas
            .recordIndicatorMeasurement()
            .record(
                new RecordIndicatorMeasurementCommand(
                    id,
                    indicator,
                    new Measurement(date.orElseThrow(), value.orElseThrow()),
                    note,
                    version,
                    actor));
    answerChanged(ctx, saved);
  }

  /**
   * The commitment as this change left it, with the ETag to name in the next one. Its figures are
   * those of today. Never the commitment as read again: another change stored since would be
   * answered under its version, as if this client had made it and seen what it replaced.
   */
  private void answerChanged(Context ctx, Versioned<Commitment> saved) throws IOException {
    CommitmentView now =
        civitas.showCommitment().show(ShowCommitmentQuery.today(saved.value().id()));
    CommitmentView view =
        now.version() == saved.version()
            ? now
            : CommitmentView.of(saved, now.asOf(), now.lead(), now.orphaned());
    ctx.header("Content-Location", "/api/v1/commitments/" + saved.value().id());
    Answer.versioned(MAP.commitment(view), view.version(), false).send(ctx);
  }
}
