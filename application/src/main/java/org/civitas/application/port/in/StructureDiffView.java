package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;

/**
 * What changed in the structure after {@code from}, up to {@code to} included (in the subtree of
 * {@code unit} when one was asked), one change a line in the order they took effect.
 */
public record StructureDiffView(
    LocalDate from, LocalDate to, Optional<UnitId> unit, ImmutableList<Change> changes) {

  /** What a change did. */
  public enum Kind {
    CREATED,
    DISSOLVED,
    RENAMED,
    MOVED,
    MERGED,
    SPLIT;

    /** As the JSON documents write it: {@code created}, {@code renamed}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One change, from {@code date} on (the first day of the new state). {@code units} are the units
   * it concerns, named as on the day before (a unit created as on the day); {@code successors} the
   * units that carry on the work of those it ended, named as on the day; a rename gives the names
   * before and after, a move the parents before and after. {@code restructuring} is the event of
   * the record that made it, with its legal basis; none for a unit created or dissolved on its own
   * dates, or renamed or moved without an event.
   */
  public record Change(
      Kind kind,
      LocalDate date,
      ImmutableList<NamedUnit> units,
      ImmutableList<NamedUnit> successors,
      Optional<DatedName> nameBefore,
      Optional<DatedName> nameAfter,
      Optional<NamedUnit> parentBefore,
      Optional<NamedUnit> parentAfter,
      Optional<Restructuring> restructuring) {}

  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
