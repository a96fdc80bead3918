package org.civitas.adapter.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.NotAuthenticated;
import org.civitas.application.port.SnapshotRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.validation.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every refusal to its problem document (RFC 9457), once: the application's typed refusals,
 * the domain's refused values, the adapter's own {@link Problem}s and the framework's answers.
 * Anything else is a defect: it is logged here and the client learns only that the server failed,
 * never a stack trace or a message meant for the log.
 */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  static void answer(Context ctx, Problem problem) {
    problem.headers().forEach(ctx::header);
    ctx.status(problem.type().status())
        .contentType(MEDIA_TYPE)
        .result(document(problem, Optional.of(ctx.path())));
  }

  /** The problem document of {@code problem} about {@code instance}, the path asked. */
  static byte[] document(Problem problem, Optional<String> instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    ProblemType type = problem.type();
    body.put("type", type.uri().toString());
    body.put("title", type.title());
    body.put("status", type.status());
    body.put("detail", problem.detail());
    instance.ifPresent(path -> body.put("instance", path));
    problem.extensions().forEach(body::putIfAbsent);
    return Json.write(body);
  }

  static void unknownId(UnknownId refused, Context ctx) {
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("kind", refused.kind().name().toLowerCase(java.util.Locale.ROOT));
    about.put("id", refused.id());
    refused.on().ifPresent(day -> about.put("asOf", day.toString()));
    answer(
        ctx, new Problem(ProblemType.UNKNOWN_ID, refused.getMessage(), about, ImmutableMap.of()));
  }

  static void versionConflict(VersionConflict refused, Context ctx) {
    answer(
        ctx,
        new Problem(
            ProblemType.VERSION_CONFLICT,
            refused.getMessage(),
            ImmutableMap.of(
                "expectedVersion", refused.expected(), "currentVersion", refused.actual()),
            ImmutableMap.of()));
  }

  static void snapshotRefused(SnapshotRefused refused, Context ctx) {
    answer(ctx, datasetRefused(refused.findings()));
  }

  /** A dataset with errors, with the count of its findings by severity and every one of them. */
  static Problem datasetRefused(List<Finding> findings) {
    ResourceMapper map = ResourceMapper.INSTANCE;
    Resources.Counts counts = map.counts(findings);
    long errors = counts.error();
    return new Problem(
        ProblemType.DATASET_REFUSED,
        "the dataset has "
            + errors
            + (errors == 1 ? " error" : " errors")
            + ": correct "
            + (errors == 1 ? "it" : "them")
            + " and send it again",
        ImmutableMap.of("counts", counts, "findings", map.findings(findings)),
        ImmutableMap.of());
  }

  /**
   * A change the record refuses: 409 when the record as stored stands in the way (an id taken, a
   * loop, units still under a unit to dissolve), 422 when the request itself cannot be carried out
   * (an unknown parent, a day outside a unit's life, errors found by the rules, which are given). A
   * restructuring refused by the domain gives each reason at its JSON Pointer into the
   * restructuring as the dataset format writes it, which is the body's but for the unit of the path
   * ({@code into} of a merge, {@code unit} of a split or a dissolution).
   */
  static void changeRefused(ChangeRefused refused, Context ctx) {
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("reason", refused.reason().code());
    if (!refused.findings().isEmpty()) {
      ResourceMapper map = ResourceMapper.INSTANCE;
      about.put("counts", map.counts(refused.findings()));
      about.put("findings", map.findings(refused.findings()));
    }
    if (!refused.mistakes().isEmpty()) {
      about.put(
          "errors",
          refused.mistakes().stream()
              .map(mistake -> WriteBody.at(mistake.pointer(), mistake.detail()))
              .toList());
    }
    answer(
        ctx,
        new Problem(
            refused.reason().liesInTheRecord()
                ? ProblemType.CHANGE_CONFLICT
                : ProblemType.CHANGE_REFUSED,
            refused.getMessage(),
            about,
            ImmutableMap.of()));
  }

  static void forbidden(ChangeForbidden refused, Context ctx) {
    answer(ctx, new Problem(ProblemType.FORBIDDEN, refused.getMessage()));
  }

  static void notAuthenticated(NotAuthenticated refused, Context ctx) {
    answer(
        ctx,
        new Problem(
            ProblemType.UNAUTHENTICATED,
            refused.getMessage(),
            ImmutableMap.of(),
            ImmutableMap.of(
                "WWW-Authenticate", Authentication.CHALLENGE + ", error=\"invalid_token\"")));
  }

  static void invalidValue(InvariantViolation refused, Context ctx) {
    answer(
        ctx,
        new Problem(
            ProblemType.INVALID_VALUE,
            refused.getMessage(),
            ImmutableMap.of("code", refused.invariant().code()),
            ImmutableMap.of()));
  }

  /**
   * What Javalin answers itself: no route for the path, a method the path does not take, a body
   * over its own limit. Anything else it throws is a defect.
   */
  static void framework(HttpResponseException refused, Context ctx) {
    switch (refused.getStatus()) {
      case 404 ->
          answer(
              ctx,
              new Problem(
                  ProblemType.NOT_FOUND,
                  "there is nothing at " + ctx.path() + ": see /api/v1/openapi.json"));
      case 405 ->
          answer(
              ctx,
              new Problem(
                  ProblemType.METHOD_NOT_ALLOWED,
                  ctx.method()
                      + " is not accepted at "
                      + ctx.path()
                      + ": see /api/v1/openapi.json"));
      case 413 ->
          answer(
              ctx,
              new Problem(
                  ProblemType.BODY_TOO_LARGE, "the body is larger than this server accepts"));
      default -> failed(refused, ctx);
    }
  }

  /** A defect: logged in full for the operator, told in one neutral sentence to the client. */
  static void failed(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    answer(
        ctx,
        new Problem(
            ProblemType.INTERNAL_ERROR,
            "the server could not answer this request; the failure is logged, try again later"));
  }

  /** A body that is not JSON, with where reading stopped. */
  static Problem malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    Map<String, Object> where = new LinkedHashMap<>();
    String detail = "the body is not well-formed JSON: " + e.getOriginalMessage();
    if (at != null && at.getLineNr() > 0) {
      where.put("line", at.getLineNr());
      where.put("column", at.getColumnNr());
      detail += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
    return new Problem(ProblemType.MALFORMED_BODY, detail, where, ImmutableMap.of());
  }
}
