package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.Changes;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadChildrenPort;
import org.civitas.application.port.out.LoadCommitmentPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadStrategyPort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.application.port.out.SaveChangesPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.restructuring.RestructuringRefusal;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.SnapshotValidator;

/**
 * How every change to a unit goes: by an actor allowed to change it, against the version its author
 * read, checked against the rules of the record, stored only if nobody changed the unit since, and
 * recorded in the audit log in the same step.
 */
final class UnitChanges {

  /** The start of the path of the changed unit's findings: it comes first in what is checked. */
  private static final String CHANGED = "/units/0";

  /**
   * What a handover of commitments, strategies and actions is checked against: the strategies and
   * commitments it names, and the record's restructurings, which may have passed them on already.
   */
  record HandoverReads(
      LoadStrategyPort strategies, LoadCommitmentPort commitments, LoadRestructuringsPort record) {}

  private final LoadUnitsPort units;
  private final LoadChildrenPort children;
  private final Optional<HandoverReads> handoverReads;
  private final SaveChangesPort save;
  private final ClockPort clock;
  private final Authorization authorization;

  /** For the changes that hand nothing over. */
  UnitChanges(
      LoadUnitsPort units,
      LoadChildrenPort children,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this(units, children, Optional.empty(), save, clock, authorization);
  }

  /** For the restructurings that end units, whose handover {@code reads} checks. */
  UnitChanges(
      LoadUnitsPort units,
      LoadChildrenPort children,
      HandoverReads reads,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this(units, children, Optional.of(reads), save, clock, authorization);
  }

  private UnitChanges(
      LoadUnitsPort units,
      LoadChildrenPort children,
      Optional<HandoverReads> handoverReads,
      SaveChangesPort save,
      ClockPort clock,
      Authorization authorization) {
    this.units = units;
    this.children = children;
    this.handoverReads = handoverReads;
    this.save = save;
    this.clock = clock;
    this.authorization = authorization;
  }

  Authorization authorization() {
    return authorization;
  }

  ClockPort clock() {
    return clock;
  }

  /**
   * The unit {@code id} as stored, if {@code actor} may change it and it is still at the version
   * its author read.
   *
   * @throws UnknownId when there is no such unit
   * @throws org.civitas.application.port.ChangeForbidden when it lies outside the actor's scope
   * @throws VersionConflict when it changed since
   */
  Versioned<OrgUnit> stored(UnitId id, long expectedVersion, Actor actor) {
    Versioned<OrgUnit> stored =
        units.loadUnit(id).orElseThrow(() -> UnknownId.of(UnknownId.Kind.UNIT, id));
    authorization.requireMayChangeUnit(actor, id, "unit '" + id + "' lies outside them");
    if (stored.version() != expectedVersion) {
      // Refused before anything is computed: the author decided on a state that is gone.
      throw new VersionConflict("unit " + id, expectedVersion, stored.version());
    }
    return stored;
  }

  /**
   * The unit {@code id} as first established, at the version {@code across} was read at: the form a
   * change of what it says of itself starts from.
   */
  Versioned<OrgUnit> asEstablished(Versioned<OrgUnit> across) {
    UnitId id = across.value().id();
    Versioned<OrgUnit> base =
        units.loadUnitAsEstablished(id).orElseThrow(() -> UnknownId.of(UnknownId.Kind.UNIT, id));
    if (base.version() != across.version()) {
      throw new VersionConflict("unit " + id, across.version(), base.version());
    }
    return base;
  }

  /**
   * Appends {@code restructuring} to the record once the domain lets it take effect, with every
   * unit it names written back as first established under its next version, so that whoever read
   * one of them before must read it again; {@code guarded}, checked already against the version its
   * author read, is written under that version. Every unit it names must lie in the actor's scope,
   * and a unit it ends must have no unit left under it after its last day. The entries tell it
   * ({@link #entries}). Answers the unit {@code guarded} across time as the restructuring left it.
   *
   * @throws org.civitas.application.port.ChangeForbidden when a unit it names lies outside the
   *     actor's scope
   * @throws ChangeRefused when the restructuring cannot take effect
   * @throws VersionConflict when one of the units named changed since
   */
  Versioned<OrgUnit> restructure(
      Restructuring restructuring,
      Versioned<OrgUnit> guarded,
      Actor actor,
      String action,
      Optional<String> before,
      Optional<String> after) {
    UnitId id = guarded.value().id();
    Map<UnitId, OrgUnit> chart = new LinkedHashMap<>();
    Changes written = Changes.NONE;
    for (UnitId named : restructuring.unitsNamed()) {
      Optional<Versioned<OrgUnit>> across =
          named.equals(id) ? Optional.of(guarded) : units.loadUnit(named);
      if (across.isEmpty()) {
        // Refused below as the domain refuses an unknown unit.
        continue;
      }
      authorization.requireMayChangeUnit(
          actor,
          named,
          "the " + restructuring.type() + " names '" + named + "', which lies outside them");
      around(across.get().value()).forEach(unit -> chart.putIfAbsent(unit.id(), unit));
      Versioned<OrgUnit> base = asEstablished(across.get());
      written = written.unit(base.value(), base.version());
    }
    if (restructuring instanceof Restructuring.Ending ending) {
      requireNothingLeftUnder(ending);
    }
    ImmutableList<RestructuringRefusal> reasons = refusalsOf(restructuring, chart);
    if (!reasons.isEmpty()) {
      throw refusal(reasons);
    }
    try {
      save.saveChanges(
          written.restructuring(restructuring),
          entries(restructuring, id, actor, action, before, after));
    } catch (IllegalArgumentException refused) {
      // The store replays the whole record, this restructuring among the others in date order: one
      // dated after it may no longer take effect (a unit renamed after the day it now ends).
      throw new ChangeRefused(
          ChangeRefused.Reason.RESTRUCTURING_REFUSED,
          "the "
              + restructuring.type()
              + " would leave the record's restructurings unable to take effect: "
              + refused.getMessage());
    }
    return units.loadUnit(id).orElseThrow(() -> UnknownId.of(UnknownId.Kind.UNIT, id));
  }

  /**
   * Why {@code restructuring} cannot take effect on {@code chart}, the units it names and those
   * around them across time. A handover is checked against what it names as the record's
   * restructurings in force by its date passed it on: the units whose attributions it names, its
   * commitments and strategies, those of its actions.
   */
  private ImmutableList<RestructuringRefusal> refusalsOf(
      Restructuring restructuring, Map<UnitId, OrgUnit> chart) {
    if (!(restructuring instanceof Restructuring.Ending ending) || ending.handover().isEmpty()) {
      return Replay.refusalsOf(restructuring, chart.values(), List.of(), List.of(), List.of());
    }
    HandoverReads reads =
        handoverReads.orElseThrow(
            () -> new IllegalStateException("a handover is checked by a change that reads it"));
    Handover handover = ending.handover();
    Map<UnitId, OrgUnit> around = new LinkedHashMap<>(chart);
    Stream.concat(handover.attributions().values().stream(), handover.dropped().stream())
        .map(Holding.Attribution::unit)
        .distinct()
        .filter(unit -> !around.containsKey(unit))
        .forEach(unit -> units.loadUnit(unit).ifPresent(u -> around.put(unit, u.value())));
    List<Commitment> commitments =
        handover.commitmentsNamed().stream()
            .flatMap(c -> reads.commitments().loadCommitment(c).stream())
            .map(Versioned::value)
            .toList();
    List<Strategy> strategies =
        handover.strategiesNamed().stream()
            .flatMap(s -> reads.strategies().loadStrategy(s).stream())
            .map(Versioned::value)
            .toList();
    return Replay.refusalsOf(
        restructuring,
        around.values(),
        strategies,
        commitments,
        reads.record().loadRestructurings());
  }

  /**
   * The entries that tell the change, {@code before} and {@code after}, the latter with the legal
   * basis, each with the restructuring's note: one about {@code id}, the unit the change was asked
   * of, and for a restructuring that ends units, one about each other unit it names. It writes each
   * of them under its next version, ending it, carrying on its work or handing it holdings, so the
   * history of each tells it, and an editor whose scope holds one of them reads it there.
   */
  private ImmutableList<AuditEntry> entries(
      Restructuring restructuring,
      UnitId id,
      Actor actor,
      String action,
      Optional<String> before,
      Optional<String> after) {
    Set<UnitId> about = new LinkedHashSet<>();
    about.add(id);
    if (restructuring instanceof Restructuring.Ending) {
      about.addAll(restructuring.unitsNamed());
    }
    Instant at = clock.now();
    Optional<String> told =
        after.map(text -> text + restructuring.basis().map(b -> ", by " + b).orElse(""));
    return about.stream()
        .map(
            unit ->
                new AuditEntry(
                    at, actor.name(), action, "unit/" + unit, before, told, restructuring.note()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Refuses {@code ending} while a unit it does not end would still sit under one it ends after
   * that unit's last day: the structure never keeps a unit under one that is gone.
   */
  private void requireNothingLeftUnder(Restructuring.Ending ending) {
    LocalDate last = ending.effective().minusDays(1);
    for (UnitId ended : ending.ended()) {
      String staying =
          children.loadChildren(ended).stream()
              .filter(child -> !ending.ended().contains(child.id()))
              .filter(child -> sitsUnderAfter(child, ended, last))
              .map(child -> "'" + child.id() + "'")
              .collect(Collectors.joining(", "));
      if (!staying.isEmpty()) {
        throw new ChangeRefused(
            ChangeRefused.Reason.LIVING_CHILDREN,
            "units "
                + staying
                + " would still sit under '"
                + ended
                + "' after "
                + last
                + ": move them under another unit from "
                + ending.effective()
                + ", or dissolve them, first");
      }
    }
  }

  /** Whether {@code child}, alive, is under {@code parent} on some day after {@code day}. */
  private static boolean sitsUnderAfter(OrgUnit child, UnitId parent, LocalDate day) {
    for (ParentLink link : child.parents()) {
      if (!link.parent().equals(parent)) {
        continue;
      }
      LocalDate from =
          latest(day.plusDays(1), link.period().firstDay(), child.lifetime().firstDay());
      Optional<LocalDate> until = earliest(link.period().lastDay(), child.lifetime().lastDay());
      if (until.map(last -> !last.isBefore(from)).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate latest(
      LocalDate day, Optional<LocalDate> first, Optional<LocalDate> second) {
    LocalDate latest = day;
    for (Optional<LocalDate> other : List.of(first, second)) {
      if (other.isPresent() && other.get().isAfter(latest)) {
        latest = other.get();
      }
    }
    return latest;
  }

  private static Optional<LocalDate> earliest(
      Optional<LocalDate> first, Optional<LocalDate> second) {
    if (first.isEmpty()) {
      return second;
    }
    if (second.isEmpty()) {
      return first;
    }
    return Optional.of(first.get().isBefore(second.get()) ? first.get() : second.get());
  }

  /**
   * The domain's reasons, every message told, each at its field, the first one's kind kept as the
   * refusal's: a unit the record does not hold or not alive that day, a loop, an end the record
   * gives already, or a restructuring that cannot be as asked, among them a handover of a
   * commitment, strategy or action the record does not hold.
   */
  private static ChangeRefused refusal(ImmutableList<RestructuringRefusal> reasons) {
    RestructuringRefusal first = reasons.get(0);
    ChangeRefused.Reason kind;
    if (first instanceof RestructuringRefusal.UnknownUnit) {
      kind = ChangeRefused.Reason.UNKNOWN_UNIT;
    } else if (first instanceof RestructuringRefusal.NotAlive) {
      kind = ChangeRefused.Reason.NOT_ALIVE;
    } else if (first instanceof RestructuringRefusal.WouldCreateCycle) {
      kind = ChangeRefused.Reason.WOULD_CREATE_CYCLE;
    } else if (first instanceof RestructuringRefusal.DissolvedOfItself) {
      kind = ChangeRefused.Reason.RESTRUCTURING_REFUSED;
    } else {
      kind = ChangeRefused.Reason.RESTRUCTURING_INVALID;
    }
    return new ChangeRefused(
        kind,
        reasons.stream().map(RestructuringRefusal::message).collect(Collectors.joining("; ")),
        reasons.stream()
            .map(reason -> new ChangeRefused.Mistake("/" + reason.field(), reason.message()))
            .collect(ImmutableList.toImmutableList()));
  }

  /** The unit {@code id} as stored, when there is one. */
  Optional<Versioned<OrgUnit>> find(UnitId id) {
    return units.loadUnit(id);
  }

  /**
   * Stores {@code changed}, as first established, in place of the version {@code expectedVersion}
   * with the entry that tells the change, once the rules find no error in it.
   *
   * @throws ChangeRefused with the findings, when the unit as changed breaks a rule
   * @throws VersionConflict when the unit changed since
   */
  Versioned<OrgUnit> save(
      OrgUnit changed,
      long expectedVersion,
      Actor actor,
      String action,
      Optional<String> before,
      Optional<String> after) {
    requireNoErrors(changed, action);
    AuditEntry entry =
        new AuditEntry(
            clock.now(),
            actor.name(),
            action,
            "unit/" + changed.id(),
            before,
            after,
            Optional.empty());
    save.saveChanges(Changes.NONE.unit(changed, expectedVersion), entry);
    // Read back across time, as every unit is read.
    return units
        .loadUnit(changed.id())
        .orElseThrow(() -> UnknownId.of(UnknownId.Kind.UNIT, changed.id()));
  }

  /**
   * Refuses {@code changed} when the snapshot rules find an error in it. They are run on the unit
   * and the units it refers to, with every unit above those at any time, which is all a rule about
   * one unit reads (its references, its parent chains on every day); findings about the other units
   * are theirs, not the change's.
   */
  private void requireNoErrors(OrgUnit changed, String action) {
    ImmutableList<Finding> findings =
        SnapshotValidator.validate(
                new Snapshot(around(changed), ImmutableList.of(), ImmutableList.of()))
            .stream()
            .filter(f -> f.path().equals(CHANGED) || f.path().startsWith(CHANGED + "/"))
            .map(f -> f.withPath(f.path().substring(CHANGED.length())))
            .collect(ImmutableList.toImmutableList());
    if (findings.stream().anyMatch(Finding::isError)) {
      throw ChangeRefused.withFindings(action + " of unit '" + changed.id() + "'", findings);
    }
  }

  /**
   * {@code unit} first, then the units it links to and every unit above it at any time, as stored;
   * the stored version of {@code unit} itself is left out.
   */
  ImmutableList<OrgUnit> around(OrgUnit unit) {
    Map<UnitId, OrgUnit> found = new LinkedHashMap<>();
    found.put(unit.id(), unit);
    for (UnitLink link : unit.links()) {
      if (!found.containsKey(link.unit())) {
        units
            .loadUnit(link.unit())
            .ifPresent(target -> found.put(target.value().id(), target.value()));
      }
    }
    Deque<UnitId> above = new ArrayDeque<>();
    Set<UnitId> asked = new HashSet<>();
    unit.parents().forEach(link -> above.add(link.parent()));
    while (!above.isEmpty()) {
      UnitId next = above.poll();
      if (!asked.add(next)) {
        continue;
      }
      Optional<OrgUnit> parent =
          found.containsKey(next)
              ? Optional.of(found.get(next))
              : units.loadUnit(next).map(Versioned::value);
      parent.ifPresent(
          p -> {
            found.putIfAbsent(p.id(), p);
            p.parents().stream().map(ParentLink::parent).forEach(above::add);
          });
    }
    return ImmutableList.copyOf(found.values());
  }
}
