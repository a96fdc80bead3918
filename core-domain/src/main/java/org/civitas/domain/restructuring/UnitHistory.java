package org.civitas.domain.restructuring;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.time.Period;

/**
 * What became of one unit over time: the names it bore and the parents it sat under, each with its
 * days and the restructuring that gave it; the units it succeeded and those that succeeded it; what
 * it took over and handed over; and every restructuring that named it, with its date and legal
 * basis.
 */
public record UnitHistory(
    OrgUnit unit,
    ImmutableList<Name> names,
    ImmutableList<Parent> parents,
    ImmutableList<Succession> predecessors,
    ImmutableList<Succession> successors,
    ImmutableList<Transfer> received,
    ImmutableList<Transfer> handedOver,
    ImmutableList<Replay.Applied> restructurings) {

  /** A name it bore, and the rename that gave it (none for the name it was established with). */
  public record Name(DatedName name, Optional<Restructuring.Rename> givenBy) {}

  /** A parent it sat under, and the move that placed it there (none for its first place). */
  public record Parent(ParentLink link, Optional<Restructuring.Move> madeBy) {}

  /**
   * The history of unit {@code id} in a replayed record ({@code Snapshot.history} replays one);
   * empty when there is no such unit.
   */
  public static Optional<UnitHistory> of(Replay replay, UnitId id) {
    return replay.chart().unit(id).map(unit -> of(replay, unit));
  }

  private static UnitHistory of(Replay replay, OrgUnit unit) {
    UnitId id = unit.id();
    ImmutableList<Name> names =
        unit.names().stream()
            .map(
                name ->
                    new Name(
                        name,
                        name.period()
                            .firstDay()
                            .flatMap(day -> replay.renameOf(id, day))
                            .map(a -> (Restructuring.Rename) a.restructuring())))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Parent> parents =
        unit.parents().stream()
            .map(
                link ->
                    new Parent(
                        link,
                        replay.moveOf(id, link).map(a -> (Restructuring.Move) a.restructuring())))
            .collect(ImmutableList.toImmutableList());
    return new UnitHistory(
        unit,
        names,
        parents,
        replay.predecessorsOf(id),
        replay.successorsOf(id),
        replay.transfers().stream()
            .filter(t -> t.to().equals(Optional.of(id)))
            .collect(ImmutableList.toImmutableList()),
        replay.transfers().stream()
            .filter(t -> t.from().equals(id))
            .collect(ImmutableList.toImmutableList()),
        replay.concerning(id));
  }

  public UnitId id() {
    return unit.id();
  }

  public Period lifetime() {
    return unit.lifetime();
  }

  /** The restructuring that ended it, if one did. */
  public Optional<Restructuring.Ending> endedBy() {
    return restructurings.stream()
        .map(Replay.Applied::restructuring)
        .filter(Restructuring.Ending.class::isInstance)
        .map(Restructuring.Ending.class::cast)
        .filter(ending -> ending.ended().contains(unit.id()))
        .findFirst();
  }
}
