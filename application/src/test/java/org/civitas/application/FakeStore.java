package org.civitas.application;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.application.port.out.Changes;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;

/**
 * A store in a few maps, with its audit log, for the application's tests; open so a test can slip
 * in a writer.
 */
public class FakeStore implements CivitasStore {

  private final Map<UnitId, Versioned<OrgUnit>> units = new LinkedHashMap<>();
  private final Map<StrategyId, Versioned<Strategy>> strategies = new LinkedHashMap<>();
  private final Map<CommitmentId, Versioned<Commitment>> commitments = new LinkedHashMap<>();
  private final List<AuditEntry> audit = new ArrayList<>();
  private final List<Restructuring> restructurings = new ArrayList<>();
  private long revision;

  /** A store already holding {@code snapshot}, with nothing in its audit log. */
  public static FakeStore holding(Snapshot snapshot) {
    FakeStore store = new FakeStore();
    store.replace(snapshot);
    return store;
  }

  @Override
  public synchronized Snapshot loadSnapshot() {
    return new Snapshot(
        values(units),
        values(strategies),
        values(commitments),
        ImmutableList.copyOf(restructurings));
  }

  @Override
  public synchronized Counts countStored() {
    return new Counts(units.size(), strategies.size(), commitments.size());
  }

  @Override
  public synchronized void saveSnapshot(Snapshot snapshot, AuditEntry entry) {
    replace(snapshot);
    audit.add(entry);
  }

  /** Holds {@code snapshot} from now on, as if it had always been there: no audit entry. */
  synchronized void replace(Snapshot snapshot) {
    revision++;
    replace(units, snapshot.units(), OrgUnit::id);
    restructurings.clear();
    restructurings.addAll(snapshot.restructurings());
    replace(strategies, snapshot.strategies(), Strategy::id);
    replace(commitments, snapshot.commitments(), Commitment::id);
  }

  /** Holds the store's lock while {@code reads} run, so that no write comes between them. */
  @Override
  public synchronized <R> R readTogether(Function<? super Reads, ? extends R> reads) {
    return reads.apply(this);
  }

  @Override
  public synchronized ImmutableList<Restructuring> loadRestructurings() {
    return ImmutableList.copyOf(restructurings);
  }

  @Override
  public synchronized ImmutableList<OrgUnit> loadUnits() {
    return acrossTime();
  }

  /** Every unit across time, as the reads below use them without counting as reading all. */
  private ImmutableList<OrgUnit> acrossTime() {
    return Replay.acrossTime(values(units), restructurings);
  }

  /** Across time, as every store reads a unit: its record as established, restructured. */
  @Override
  public synchronized Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
    return loadUnitAsEstablished(id)
        .map(
            stored ->
                Versioned.of(
                    Replay.acrossTime(List.of(stored.value()), restructurings).get(0),
                    stored.version()));
  }

  @Override
  public synchronized Optional<Versioned<OrgUnit>> loadUnitAsEstablished(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  @Override
  public synchronized ImmutableList<OrgUnit> loadSubtree(
      UnitId root, LocalDate asOf, OptionalInt depth) {
    Set<UnitId> below = new HashSet<>();
    ImmutableList<OrgUnit> acrossTime = acrossTime();
    OrgChart.of(acrossTime)
        .on(asOf)
        .tree(Optional.of(root), depth.orElse(-1))
        .forEach(node -> collect(node, below));
    return acrossTime.stream()
        .filter(u -> below.contains(u.id()))
        .collect(ImmutableList.toImmutableList());
  }

  private static void collect(TreeNode node, Set<UnitId> ids) {
    ids.add(node.unit().id());
    node.children().forEach(child -> collect(child, ids));
  }

  @Override
  public synchronized ImmutableList<OrgUnit> loadChildren(UnitId parent) {
    return acrossTime().stream()
        .filter(u -> u.parents().stream().anyMatch(link -> link.parent().equals(parent)))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized ImmutableList<Placed> listUnits(Listing listing) {
    Hierarchy day = OrgChart.of(acrossTime()).on(listing.asOf());
    return day.units().stream()
        .filter(
            u -> listing.parent().map(p -> day.parent(u.id()).equals(Optional.of(p))).orElse(true))
        .filter(u -> listing.kind().map(k -> u.kind() == k).orElse(true))
        .filter(u -> listing.after().map(a -> u.id().compareTo(a) > 0).orElse(true))
        .sorted(Comparator.comparing(OrgUnit::id))
        .limit(listing.limit())
        .map(u -> new Placed(u, day.parent(u.id())))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized void saveChanges(Changes changes, ImmutableList<AuditEntry> entries) {
    revision++;
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a change is told by one entry or more");
    }
    for (Changes.Write<OrgUnit> write : changes.units()) {
      requireVersion(units, write.value().id(), write.expectedVersion(), "unit ");
    }
    for (Changes.Write<Commitment> write : changes.commitments()) {
      requireVersion(commitments, write.value().id(), write.expectedVersion(), "commitment ");
    }
    if (!changes.restructurings().isEmpty()) {
      requireEveryRestructuringTakesEffect(changes);
    }
    changes
        .units()
        .forEach(w -> units.put(w.value().id(), Versioned.of(w.value(), w.expectedVersion() + 1)));
    changes
        .commitments()
        .forEach(
            w -> commitments.put(w.value().id(), Versioned.of(w.value(), w.expectedVersion() + 1)));
    restructurings.addAll(changes.restructurings());
    audit.addAll(entries);
  }

  /** As the port says: a record whose restructurings cannot all take effect is not stored. */
  private void requireEveryRestructuringTakesEffect(Changes changes) {
    Map<UnitId, Versioned<OrgUnit>> next = new LinkedHashMap<>(units);
    changes
        .units()
        .forEach(w -> next.put(w.value().id(), Versioned.of(w.value(), w.expectedVersion() + 1)));
    List<Restructuring> all = new ArrayList<>(restructurings);
    all.addAll(changes.restructurings());
    Replay.of(values(next), values(strategies), values(commitments), all).refusals().stream()
        .findFirst()
        .ifPresent(
            refused -> {
              throw new IllegalArgumentException(
                  "the "
                      + refused.restructuring().type()
                      + " at /restructurings/"
                      + refused.index()
                      + " cannot take effect ("
                      + refused.reasons().get(0).message()
                      + ")");
            });
  }

  private static <K, V> void requireVersion(
      Map<K, Versioned<V>> map, K id, long expected, String kind) {
    long stored = version(map, id);
    if (stored != expected) {
      throw new VersionConflict(kind + id, expected, stored);
    }
  }

  @Override
  public synchronized Optional<Versioned<Strategy>> loadStrategy(StrategyId id) {
    return Optional.ofNullable(strategies.get(id));
  }

  @Override
  public synchronized Optional<Versioned<Commitment>> loadCommitment(CommitmentId id) {
    return Optional.ofNullable(commitments.get(id));
  }

  @Override
  public synchronized ImmutableList<Commitment> loadCommitments() {
    return values(commitments);
  }

  @Override
  public synchronized ImmutableList<Commitment> loadCommitmentsLedBy(Collection<UnitId> leads) {
    return values(commitments).stream()
        .filter(c -> leads.contains(c.lead()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized long saveCommitment(
      Commitment commitment, long expectedVersion, AuditEntry entry) {
    long stored = version(commitments, commitment.id());
    if (stored != expectedVersion) {
      throw new VersionConflict("commitment " + commitment.id(), expectedVersion, stored);
    }
    commitments.put(commitment.id(), Versioned.of(commitment, stored + 1));
    audit.add(entry);
    revision++;
    return stored + 1;
  }

  /** Counts every write tried, refused ones too: a revision may change without a change. */
  @Override
  public synchronized long revision() {
    return revision;
  }

  @Override
  public synchronized ImmutableList<AuditEntry> entries() {
    return ImmutableList.copyOf(audit);
  }

  @Override
  public synchronized ImmutableList<AuditEntry> entriesAbout(String subject) {
    return audit.stream()
        .filter(e -> AuditLogPort.isAbout(e, subject))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized ImmutableList<Numbered> latestEntries(
      Optional<String> subject, OptionalLong before, int limit) {
    List<Numbered> found = new ArrayList<>();
    for (int i = audit.size() - 1; i >= 0 && found.size() < limit; i--) {
      AuditEntry entry = audit.get(i);
      long number = i + 1L;
      if ((before.isEmpty() || number < before.getAsLong())
          && subject.map(s -> AuditLogPort.isAbout(entry, s)).orElse(true)) {
        found.add(new Numbered(number, entry));
      }
    }
    return ImmutableList.copyOf(found);
  }

  private static <K, V> ImmutableList<V> values(Map<K, Versioned<V>> map) {
    return map.values().stream().map(Versioned::value).collect(ImmutableList.toImmutableList());
  }

  private static <K, V> long version(Map<K, Versioned<V>> map, K id) {
    Versioned<V> stored = map.get(id);
    return stored == null ? Versioned.NOT_STORED : stored.version();
  }

  private static <K, V> void replace(Map<K, Versioned<V>> map, List<V> values, Function<V, K> id) {
    Map<K, Versioned<V>> next = new LinkedHashMap<>();
    for (V value : values) {
      next.put(id.apply(value), Versioned.of(value, version(map, id.apply(value)) + 1));
    }
    map.clear();
    map.putAll(next);
  }
}
