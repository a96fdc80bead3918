package org.civitas.domain.restructuring;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;

/**
 * A dated change of the structure: a unit renamed, moved, merged with others, split, or dissolved.
 * Each takes effect on the first day of its {@link #date()} and may name its legal basis (« Décret
 * n° … ») and a note. A unit's record describes it as first established; the restructurings, in
 * date order, make it what it was on each later day ({@link Replay}).
 */
public sealed interface Restructuring {

  /** When it takes effect; a year or a month means its first day. */
  PartialDate date();

  /** The legal text that made it, when a source gives it. */
  Optional<String> basis();

  Optional<String> note();

  /** Its type as the dataset format writes it: rename, move, merge, split or dissolve. */
  String type();

  /** Every unit it names, each once, in the order it names them. */
  ImmutableList<UnitId> unitsNamed();

  /** The first day of the new state. */
  default LocalDate effective() {
    return date().firstDay();
  }

  /** The unit takes a new name (and the acronym that goes with it, or none) from the date on. */
  record Rename(
      UnitId unit,
      LocalizedText name,
      Optional<String> acronym,
      PartialDate date,
      Optional<String> basis,
      Optional<String> note)
      implements Restructuring {

    public static Rename of(
        UnitId unit, LocalizedText name, Optional<String> acronym, PartialDate date) {
      return new Rename(unit, name, acronym, date, Optional.empty(), Optional.empty());
    }

    @Override
    public String type() {
      return "rename";
    }

    @Override
    public ImmutableList<UnitId> unitsNamed() {
      return ImmutableList.of(unit);
    }
  }

  /** The unit sits under {@code parent} from the date on. */
  record Move(
      UnitId unit, UnitId parent, PartialDate date, Optional<String> basis, Optional<String> note)
      implements Restructuring {

    public static Move of(UnitId unit, UnitId parent, PartialDate date) {
      return new Move(unit, parent, date, Optional.empty(), Optional.empty());
    }

    @Override
    public String type() {
      return "move";
    }

    @Override
    public ImmutableList<UnitId> unitsNamed() {
      return distinct(ImmutableList.of(unit, parent));
    }
  }

  /**
   * A restructuring that ends units: they live until the day before its date, and what they held
   * passes to the units the {@link #handover()} names, or else to {@link #takesTheRest()}.
   */
  sealed interface Ending extends Restructuring {

    /** The units whose life it ends. */
    ImmutableList<UnitId> ended();

    /** The units that carry on their work. */
    ImmutableList<UnitId> successors();

    Handover handover();

    /** The unit that takes what the handover does not name, when there is one. */
    Optional<UnitId> takesTheRest();

    @Override
    default ImmutableList<UnitId> unitsNamed() {
      Set<UnitId> named = new LinkedHashSet<>(ended());
      named.addAll(successors());
      named.addAll(handover().attributions().keySet());
      named.addAll(handover().commitments().keySet());
      named.addAll(handover().strategies().keySet());
      named.addAll(handover().actions().keySet());
      return ImmutableList.copyOf(named);
    }
  }

  /**
   * Several units become one: {@code into}, which may be one of them (it then absorbs the others
   * and carries on) or a unit established on the date. The others end the day before, and their
   * holdings go to {@code into} unless the handover says otherwise.
   */
  record Merge(
      ImmutableList<UnitId> units,
      UnitId into,
      Handover handover,
      PartialDate date,
      Optional<String> basis,
      Optional<String> note)
      implements Ending {

    public static Merge of(ImmutableList<UnitId> units, UnitId into, PartialDate date) {
      return new Merge(units, into, Handover.NONE, date, Optional.empty(), Optional.empty());
    }

    @Override
    public String type() {
      return "merge";
    }

    @Override
    public ImmutableList<UnitId> ended() {
      return distinct(units).stream()
          .filter(unit -> !unit.equals(into))
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public ImmutableList<UnitId> successors() {
      return ImmutableList.of(into);
    }

    @Override
    public Optional<UnitId> takesTheRest() {
      return Optional.of(into);
    }

    @Override
    public ImmutableList<UnitId> unitsNamed() {
      return distinct(
          ImmutableList.<UnitId>builder().addAll(units).addAll(Ending.super.unitsNamed()).build());
    }
  }

  /**
   * One unit becomes two or more: it ends the day before, and the handover says which successor
   * takes each of its holdings.
   */
  record Split(
      UnitId unit,
      ImmutableList<UnitId> into,
      Handover handover,
      PartialDate date,
      Optional<String> basis,
      Optional<String> note)
      implements Ending {

    public static Split of(
        UnitId unit, ImmutableList<UnitId> into, Handover handover, PartialDate date) {
      return new Split(unit, into, handover, date, Optional.empty(), Optional.empty());
    }

    @Override
    public String type() {
      return "split";
    }

    @Override
    public ImmutableList<UnitId> ended() {
      return ImmutableList.of(unit);
    }

    @Override
    public ImmutableList<UnitId> successors() {
      return into;
    }

    @Override
    public Optional<UnitId> takesTheRest() {
      return Optional.empty();
    }
  }

  /**
   * The unit ends the day before, with no successor or with some: one successor takes what the
   * handover does not name; with several, the handover must name who takes what.
   */
  record Dissolve(
      UnitId unit,
      ImmutableList<UnitId> successors,
      Handover handover,
      PartialDate date,
      Optional<String> basis,
      Optional<String> note)
      implements Ending {

    public static Dissolve of(UnitId unit, ImmutableList<UnitId> successors, PartialDate date) {
      return new Dissolve(
          unit, successors, Handover.NONE, date, Optional.empty(), Optional.empty());
    }

    @Override
    public String type() {
      return "dissolve";
    }

    @Override
    public ImmutableList<UnitId> ended() {
      return ImmutableList.of(unit);
    }

    @Override
    public Optional<UnitId> takesTheRest() {
      return successors.size() == 1 ? Optional.of(successors.get(0)) : Optional.empty();
    }
  }

  private static ImmutableList<UnitId> distinct(ImmutableList<UnitId> units) {
    return ImmutableList.copyOf(new LinkedHashSet<>(units));
  }
}
