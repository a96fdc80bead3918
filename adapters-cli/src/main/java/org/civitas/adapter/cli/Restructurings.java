package org.civitas.adapter.cli;

import java.util.Optional;
import org.civitas.application.port.in.NamedUnit;
import org.civitas.domain.restructuring.Restructuring;

/** How {@code history} and {@code diff} write the units they name and the events of the record. */
final class Restructurings {

  private Restructurings() {}

  /** {@code ACRONYM — Name (id)}, by the name the view gives it; the id alone when unknown. */
  static String label(NamedUnit unit, Style style) {
    return unit.name().map(name -> style.name(name) + " ").orElse("")
        + style.dim("(" + unit.id() + ")");
  }

  /** {@code rename 2019-10-09 · Décret n° … · note}: an event, its date and what it rests on. */
  static String event(Restructuring restructuring, Style style) {
    return restructuring.type() + " " + restructuring.date() + grounds(restructuring, style);
  }

  /** {@code · Décret n° … · note}, or nothing when the record gives neither. */
  static String grounds(Restructuring restructuring, Style style) {
    return suffix(restructuring.basis(), style) + suffix(restructuring.note(), style);
  }

  private static String suffix(Optional<String> text, Style style) {
    return text.map(t -> style.dim(" · ") + t).orElse("");
  }
}
