package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.Territory;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.text.LocalizedText;

/**
 * What a unit says of itself, as opposed to where and when it stands: its kind, name, acronym,
 * territory, staff, posts, mandate and links. Its id, its place in the hierarchy and its lifetime
 * change only through their own use cases (create, move, dissolve), which date them.
 */
public record UnitProperties(
    UnitKind kind,
    LocalizedText name,
    Optional<String> acronym,
    Optional<Territory> territory,
    OptionalInt staff,
    ImmutableList<Post> posts,
    Optional<Mandate> mandate,
    ImmutableList<UnitLink> links) {

  public UnitProperties {
    Checks.present(kind, "the unit's kind");
    Checks.present(name, "the unit's name");
    Checks.optionalText(acronym, "the acronym");
    Checks.present(territory, "the territory, or none");
    Checks.present(staff, "the staff, or none");
    staff.ifPresent(
        n ->
            InvariantViolation.require(
                n >= 0, Invariant.VALUE_RANGE, "staff cannot be negative (" + n + ")"));
    Checks.present(posts, "the posts (none is an empty list)");
    Checks.present(mandate, "the mandate, or none");
    Checks.present(links, "the links (none is an empty list)");
  }

  /** What {@code unit} says of itself. */
  public static UnitProperties of(OrgUnit unit) {
    return new UnitProperties(
        unit.kind(),
        unit.name(),
        unit.acronym(),
        unit.territory(),
        unit.staff(),
        ImmutableList.copyOf(unit.posts()),
        unit.mandate(),
        ImmutableList.copyOf(unit.links()));
  }

  /**
   * What changed from {@code seen} to these properties, carried over to {@code base}: each property
   * these give as {@code seen} gave it keeps {@code base}'s. A unit is read across time (its name
   * as a restructuring renamed it) but changed as first established, so an untouched name leaves
   * the established one as it is, and a changed one corrects it.
   */
  public UnitProperties carriedOver(UnitProperties seen, UnitProperties base) {
    return new UnitProperties(
        pick(kind, seen.kind, base.kind),
        pick(name, seen.name, base.name),
        pick(acronym, seen.acronym, base.acronym),
        pick(territory, seen.territory, base.territory),
        pick(staff, seen.staff, base.staff),
        pick(posts, seen.posts, base.posts),
        pick(mandate, seen.mandate, base.mandate),
        pick(links, seen.links, base.links));
  }

  private static <T> T pick(T now, T seen, T base) {
    return now.equals(seen) ? base : now;
  }

  /** {@code unit} saying this of itself, in the same place and with the same lifetime. */
  public OrgUnit applyTo(OrgUnit unit) {
    return ImmutableOrgUnit.copyOf(unit)
        .withKind(kind)
        .withName(name)
        .withAcronym(acronym)
        .withTerritory(territory)
        .withStaff(staff)
        .withPosts(posts)
        .withMandate(mandate)
        .withLinks(links);
  }
}
