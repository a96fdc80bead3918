package org.civitas.adapter.cli;

import java.time.LocalDate;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.validation.Severity;

/**
 * Colour and weight for people reading on a terminal; plain text everywhere else (a pipe, a file,
 * {@code NO_COLOR}), so that what scripts and tests read never holds escape codes.
 */
final class Style {

  static final Style PLAIN = new Style(false);

  private static final String RESET = "\u001B[0m";

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  static Style of(boolean enabled) {
    return enabled ? new Style(true) : PLAIN;
  }

  String bold(String text) {
    return paint("1", text);
  }

  String dim(String text) {
    return paint("2", text);
  }

  String red(String text) {
    return paint("31", text);
  }

  String green(String text) {
    return paint("32", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  String cyan(String text) {
    return paint("36", text);
  }

  /** A unit as people name it: its acronym in bold, then its name (its latest). */
  String unit(OrgUnit unit) {
    return name(unit.names().get(unit.names().size() - 1));
  }

  /** A unit as it was named on {@code day}. */
  String unit(OrgUnit unit, LocalDate day) {
    return name(unit.nameOn(day));
  }

  private String name(DatedName name) {
    return name.acronym().map(a -> bold(a) + " — ").orElse("") + name.name().text();
  }

  /** {@code text}, coloured by how serious {@code severity} is. */
  String severity(Severity severity, String text) {
    return switch (severity) {
      case ERROR -> red(text);
      case WARNING -> yellow(text);
      case INFO -> cyan(text);
    };
  }

  /** {@code text}, coloured by how well {@code state} stands. */
  String state(ScheduleState state, String text) {
    return switch (state) {
      case OVERDUE -> red(text);
      case BEHIND -> yellow(text);
      case ON_TRACK, COMPLETED -> green(text);
      case NOT_STARTED_YET, CANCELLED -> dim(text);
    };
  }

  private String paint(String code, String text) {
    return enabled ? "\u001B[" + code + "m" + text + RESET : text;
  }
}
