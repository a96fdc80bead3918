package org.civitas.adapter.rest;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.civitas.application.port.UnknownId;
import org.civitas.domain.invariant.InvariantViolation;

/** The parameters of a request, read once with the problem that says what to send instead. */
final class Requests {

  private Requests() {}

  /**
   * The id in path parameter {@code name}. A text that cannot be an id names nothing: unknown.
   *
   * @throws UnknownId when it is not an id of that kind
   */
  static <T> T id(Context ctx, String name, UnknownId.Kind kind, Function<String, T> of) {
    return idOf(ctx.pathParam(name), kind, of);
  }

  /**
   * The id in query parameter {@code name}, if given. A text that cannot be an id names nothing.
   *
   * @throws UnknownId when it is not an id of that kind
   */
  static <T> Optional<T> queryId(
      Context ctx, String name, UnknownId.Kind kind, Function<String, T> of) {
    return query(ctx, name).map(raw -> idOf(raw, kind, of));
  }

  private static <T> T idOf(String raw, UnknownId.Kind kind, Function<String, T> of) {
    try {
      return of.apply(raw);
    } catch (InvariantViolation e) {
      throw UnknownId.of(kind, raw);
    }
  }

  /** An optional query parameter; a blank one counts as absent. */
  static Optional<String> query(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /**
   * The day in query parameter {@code name}, e.g. {@code asOf=2026-11-22}.
   *
   * @throws Problem {@code invalid-parameter} when it is not a day
   */
  static Optional<LocalDate> day(Context ctx, String name) {
    return query(ctx, name)
        .map(
            raw -> {
              try {
                return LocalDate.parse(raw);
              } catch (DateTimeParseException e) {
                throw Problem.invalidParameter(
                    name, name + " '" + raw + "' is not a day: write YYYY-MM-DD, e.g. 2026-11-22");
              }
            });
  }

  /**
   * A whole number from 0 (or 1 with {@code positive}) to {@code max}.
   *
   * @throws Problem {@code invalid-parameter} when it is not a number, or outside the range
   */
  static OptionalInt number(Context ctx, String name, int min, int max) {
    Optional<String> raw = query(ctx, name);
    if (raw.isEmpty()) {
      return OptionalInt.empty();
    }
    int value;
    try {
      value = Integer.parseInt(raw.get());
    } catch (NumberFormatException e) {
      throw Problem.invalidParameter(
          name, name + " '" + raw.get() + "' is not a whole number: give " + min + " to " + max);
    }
    if (value < min || value > max) {
      throw Problem.invalidParameter(
          name,
          name + " " + value + " is outside " + min + "–" + max + ": give " + min + " to " + max);
    }
    return OptionalInt.of(value);
  }

  /**
   * A value of query parameter {@code name} made by {@code of}, which refuses what it does not know
   * with an empty answer.
   */
  static <T> Optional<T> coded(
      Context ctx, String name, Function<String, Optional<T>> of, String expected) {
    return query(ctx, name)
        .map(
            raw ->
                of.apply(raw)
                    .orElseThrow(
                        () ->
                            Problem.invalidParameter(
                                name, name + " '" + raw + "' is not known: give " + expected)));
  }
}
