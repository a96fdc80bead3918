package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.restructuring.UnitHistory;

/**
 * What became of {@code unit} (across time) over time: each name it bore with its days and the
 * rename that gave it, oldest first; each parent it sat under with its days; the units whose work
 * it carries on and those that carry on its own, with the restructuring that made each succession;
 * the restructuring that ended it, if one did; and every restructuring that named it, in the order
 * they took effect.
 */
public record UnitHistoryView(
    OrgUnit unit,
    ImmutableList<UnitHistory.Name> names,
    ImmutableList<Parent> parents,
    ImmutableList<Lineage> predecessors,
    ImmutableList<Lineage> successors,
    Optional<Restructuring.Ending> endedBy,
    ImmutableList<Restructuring> restructurings) {

  /**
   * A parent it sat under during {@code link}'s days, named as on the last of them (by its latest
   * name while the link holds), and the move that placed it there (none for its first place).
   */
  public record Parent(ParentLink link, NamedUnit parent, Optional<Restructuring.Move> madeBy) {}

  /**
   * A unit it succeeded or that succeeded it through {@code restructuring}: a predecessor named as
   * on its last day, a successor as on the restructuring's date.
   */
  public record Lineage(NamedUnit unit, Restructuring.Ending restructuring) {

    /** The first day the successor carries the work. */
    public LocalDate date() {
      return restructuring.effective();
    }
  }
}
