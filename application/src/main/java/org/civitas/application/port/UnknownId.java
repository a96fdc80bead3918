package org.civitas.application.port;

import java.time.LocalDate;
import java.util.Optional;

/** A request names something the store does not hold, or that did not exist on the day asked. */
public final class UnknownId extends RequestRefused {
  private static final long serialVersionUID = 1L;

  /** What kind of thing was named. */
  public enum Kind {
    UNIT,
    STRATEGY,
    COMMITMENT,
    ACTIVITY,
    INDICATOR,
    API_TOKEN;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  private final Kind kind;
  private final String id;
  private final transient Optional<LocalDate> on;

  private UnknownId(Kind kind, String id, Optional<LocalDate> on, String message) {
    super(message);
    this.kind = kind;
    this.id = id;
    this.on = on;
  }

  /** There is no such {@code kind} with {@code id}. */
  public static UnknownId of(Kind kind, Object id) {
    return new UnknownId(
        kind,
        id.toString(),
        Optional.empty(),
        "there is no " + kind.label() + " '" + id + "': check the id");
  }

  /** There is such a unit, but it did not exist on {@code date}. */
  public static UnknownId unitOn(Object id, LocalDate date) {
    return new UnknownId(
        Kind.UNIT,
        id.toString(),
        Optional.of(date),
        "unit '" + id + "' did not exist on " + date + ": ask for a date within its lifetime");
  }

  /** There is no such activity or indicator in the commitment. */
  public static UnknownId within(Kind kind, Object id, Object commitment) {
    return new UnknownId(
        kind,
        id.toString(),
        Optional.empty(),
        "commitment '" + commitment + "' has no " + kind.label() + " '" + id + "': check the id");
  }

  public Kind kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  /** The day asked, when the thing exists but not on that day. */
  public Optional<LocalDate> on() {
    return on;
  }
}
