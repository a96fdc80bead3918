package org.civitas.domain.organization;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.immutables.value.Value;

/**
 * An organisational unit: a ministry, a directorate, a division, a committee. Its place in the
 * hierarchy is dated ({@link #parents()}), as are its life ({@link #lifetime()}) and its names
 * ({@link #names()}), so the structure on any day is a pure function of the units.
 */
@Value.Immutable
public abstract class OrgUnit {

  public abstract UnitId id();

  public abstract UnitKind kind();

  /** Its name today: the latest it was given. */
  public abstract LocalizedText name();

  /** The acronym of its latest name, if that name has one. */
  public abstract Optional<String> acronym();

  /**
   * The names it bore before its current one, oldest first, each until the day before the next was
   * given. Empty for a unit never renamed.
   */
  public abstract List<DatedName> formerNames();

  public abstract Optional<Territory> territory();

  /** From its establishment to its dissolution; open where no source gives the date. */
  @Value.Default
  public Period lifetime() {
    return Period.ALWAYS;
  }

  /** The units it sat under, each for a period; none for a root. */
  public abstract List<ParentLink> parents();

  /** Headcount, when a source gives it. */
  public abstract OptionalInt staff();

  public abstract List<Post> posts();

  public abstract Optional<Mandate> mandate();

  public abstract List<UnitLink> links();

  public static ImmutableOrgUnit.Builder builder() {
    return ImmutableOrgUnit.builder();
  }

  public Optional<PartialDate> established() {
    return lifetime().start();
  }

  public Optional<PartialDate> dissolved() {
    return lifetime().end();
  }

  public boolean isAliveOn(LocalDate date) {
    return lifetime().contains(date);
  }

  /** The parent it had on {@code date}, if any. */
  public Optional<UnitId> parentOn(LocalDate date) {
    return parents().stream()
        .filter(link -> link.period().contains(date))
        .map(ParentLink::parent)
        .findFirst();
  }

  /** Its latest parent: the one it has today unless it was moved or dissolved since. */
  public Optional<UnitId> parent() {
    return parents().isEmpty()
        ? Optional.empty()
        : Optional.of(parents().get(parents().size() - 1).parent());
  }

  /** Its acronym and name, as people read them in a chart. */
  public String label() {
    return acronym().map(a -> a + " — ").orElse("") + name().text();
  }

  /** Every name it bore, oldest first, the current one last (from its giving to the unit's end). */
  public ImmutableList<DatedName> names() {
    Optional<PartialDate> currentFrom =
        formerNames().isEmpty()
            ? lifetime().start()
            : Optional.of(
                PartialDate.of(
                    formerNames()
                        .get(formerNames().size() - 1)
                        .period()
                        .lastDay()
                        .orElseThrow()
                        .plusDays(1)));
    Optional<PartialDate> end = lifetime().end();
    if (currentFrom.isPresent()
        && lifetime()
            .lastDay()
            .map(last -> last.isBefore(currentFrom.get().firstDay()))
            .orElse(false)) {
      // Renamed and ended by restructurings of one day: the name is kept, borne from that day only.
      end = currentFrom;
    }
    return ImmutableList.<DatedName>builder()
        .addAll(formerNames())
        .add(new DatedName(name(), acronym(), new Period(currentFrom, end)))
        .build();
  }

  /**
   * The name it bore on {@code date}: before its first name its first, after its last its last, so
   * that a unit asked about outside its life still has a name.
   */
  public DatedName nameOn(LocalDate date) {
    ImmutableList<DatedName> names = names();
    for (DatedName name : names) {
      if (name.period().lastDay().map(last -> !date.isAfter(last)).orElse(true)) {
        return name;
      }
    }
    return names.get(names.size() - 1);
  }

  /** Its acronym and name as they were on {@code date}. */
  public String labelOn(LocalDate date) {
    return nameOn(date).label();
  }

  /**
   * This unit renamed {@code name} (with {@code acronym}, or none) from {@code from} on: its
   * current name becomes a former one, borne until the day before. A second renaming on the same
   * day replaces the first.
   */
  public OrgUnit renamed(LocalizedText name, Optional<String> acronym, LocalDate from) {
    List<DatedName> former = new ArrayList<>(formerNames());
    DatedName current = names().get(former.size());
    boolean givenThatDay = current.period().firstDay().map(from::equals).orElse(false);
    if (!givenThatDay) {
      former.add(
          new DatedName(
              current.name(),
              current.acronym(),
              new Period(
                  current.period().start(), Optional.of(PartialDate.of(from.minusDays(1))))));
    }
    return ImmutableOrgUnit.copyOf(this)
        .withFormerNames(former)
        .withName(name)
        .withAcronym(acronym);
  }

  /**
   * This unit under {@code newParent} from {@code from} on: its link in force that day ends the day
   * before, a link that would start that day or later is replaced, and a new one starts. It checks
   * nothing: {@link OrgChart#move} says whether the move may be made.
   */
  public OrgUnit movedUnder(UnitId newParent, LocalDate from) {
    List<ParentLink> links = new ArrayList<>();
    for (ParentLink link : parents()) {
      boolean endsBefore = link.period().lastDay().map(d -> d.isBefore(from)).orElse(false);
      boolean startsBefore = link.period().firstDay().map(d -> d.isBefore(from)).orElse(true);
      if (endsBefore) {
        links.add(link);
      } else if (startsBefore) {
        // In force on the move day: it ends the day before.
        links.add(
            new ParentLink(
                link.parent(),
                new Period(link.period().start(), Optional.of(PartialDate.of(from.minusDays(1))))));
      }
      // A link that starts on the move day or later is replaced by the move.
    }
    links.add(new ParentLink(newParent, Period.from(PartialDate.of(from))));
    return ImmutableOrgUnit.copyOf(this).withParents(links);
  }

  /**
   * This unit with {@code lastDay} as the last day of its life. A name given after that day was
   * never borne (a unit renamed and ended on the same date): it keeps the name of its last day.
   */
  public OrgUnit endedOn(LocalDate lastDay) {
    List<DatedName> former = new ArrayList<>(formerNames());
    LocalizedText name = name();
    Optional<String> acronym = acronym();
    while (!former.isEmpty()
        && !former.get(former.size() - 1).period().lastDay().orElseThrow().isBefore(lastDay)) {
      DatedName borne = former.remove(former.size() - 1);
      name = borne.name();
      acronym = borne.acronym();
    }
    return ImmutableOrgUnit.copyOf(this)
        .withFormerNames(former)
        .withName(name)
        .withAcronym(acronym)
        .withLifetime(new Period(lifetime().start(), Optional.of(PartialDate.of(lastDay))));
  }

  @Value.Check
  protected void check() {
    formerNames()
        .forEach(
            former ->
                InvariantViolation.require(
                    former.period().end().isPresent(),
                    Invariant.VALUE_REQUIRED,
                    "a former name needs the day it was last borne ("
                        + former.name().text()
                        + ")"));
    staff()
        .ifPresent(
            n ->
                InvariantViolation.require(
                    n >= 0, Invariant.VALUE_RANGE, "staff cannot be negative (" + n + ")"));
  }
}
