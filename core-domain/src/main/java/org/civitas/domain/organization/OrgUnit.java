package org.civitas.domain.organization;

import java.time.LocalDate;
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
 * hierarchy is dated ({@link #parents()}), as is its life ({@link #lifetime()}), so the structure
 * on any day is a pure function of the units.
 */
@Value.Immutable
public abstract class OrgUnit {

  public abstract UnitId id();

  public abstract UnitKind kind();

  public abstract LocalizedText name();

  public abstract Optional<String> acronym();

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

  @Value.Check
  protected void check() {
    staff()
        .ifPresent(
            n ->
                InvariantViolation.require(
                    n >= 0, Invariant.VALUE_RANGE, "staff cannot be negative (" + n + ")"));
  }
}
