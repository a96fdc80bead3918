package org.civitas.adapter.persistence.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.civitas.adapter.persistence.path.UnitPaths;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.jspecify.annotations.Nullable;

/**
 * Every unit, strategy and commitment in memory, with an append-only audit log.
 *
 * <p>The record is one immutable value, replaced whole by each write: a reader always sees a whole
 * record. Writes take turns, each one checking the version, replacing the record and appending its
 * audit entry before the next begins, and the log is read in turn with them, so a change is never
 * seen without its entry nor an entry without its change. Safe to share between threads.
 */
public final class InMemoryStore implements CivitasStore {

  /**
   * The whole stored record at one moment; never changed, only replaced. The units are kept as
   * first established, with the restructurings, and across time ({@code acrossTime}, in the same
   * order), which is how they are read.
   */
  private record Record(
      ImmutableMap<UnitId, Versioned<OrgUnit>> units,
      ImmutableMap<StrategyId, Versioned<Strategy>> strategies,
      ImmutableMap<CommitmentId, Versioned<Commitment>> commitments,
      ImmutableList<Restructuring> restructurings,
      ImmutableMap<UnitId, OrgUnit> acrossTime) {

    static final Record EMPTY =
        new Record(
            ImmutableMap.of(),
            ImmutableMap.of(),
            ImmutableMap.of(),
            ImmutableList.of(),
            ImmutableMap.of());

    Record withCommitments(ImmutableMap<CommitmentId, Versioned<Commitment>> changed) {
      return new Record(units, strategies, changed, restructurings, acrossTime);
    }
  }

  private volatile Record record = Record.EMPTY;
  private final List<AuditEntry> audit = new ArrayList<>();

  @Override
  public Snapshot loadSnapshot() {
    Record current = record;
    return new Snapshot(
        values(current.units()),
        values(current.strategies()),
        values(current.commitments()),
        current.restructurings());
  }

  @Override
  public ImmutableList<Restructuring> loadRestructurings() {
    return record.restructurings();
  }

  @Override
  public Counts countStored() {
    Record current = record;
    return new Counts(
        current.units().size(), current.strategies().size(), current.commitments().size());
  }

  @Override
  public synchronized void saveSnapshot(Snapshot snapshot, AuditEntry entry) {
    Record current = record;
    ImmutableMap<UnitId, Versioned<OrgUnit>> units =
        nextVersions(current.units(), snapshot.units(), OrgUnit::id, "units");
    // Refuses units that sit under each other and restructurings that cannot take effect, as a
    // store keeping their paths must.
    UnitPaths.of(snapshot);
    Record next =
        new Record(
            units,
            nextVersions(current.strategies(), snapshot.strategies(), Strategy::id, "strategies"),
            nextVersions(
                current.commitments(), snapshot.commitments(), Commitment::id, "commitments"),
            snapshot.restructurings(),
            Maps.uniqueIndex(
                Replay.acrossTime(snapshot.units(), snapshot.restructurings()), OrgUnit::id));
    record = next;
    audit.add(entry);
  }

  /** Across time: the restructurings applied. */
  @Override
  public ImmutableList<OrgUnit> loadUnits() {
    return record.acrossTime().values().asList();
  }

  @Override
  public Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
    Record current = record;
    return Optional.ofNullable(current.units().get(id))
        .map(stored -> Versioned.of(current.acrossTime().get(id), stored.version()));
  }

  /** Computed from every unit: memory holds them all anyway. */
  @Override
  public ImmutableList<OrgUnit> loadSubtree(UnitId root, LocalDate asOf, OptionalInt depth) {
    ImmutableList<OrgUnit> all = loadUnits();
    Set<UnitId> below = new HashSet<>();
    OrgChart.of(all)
        .on(asOf)
        .tree(Optional.of(root), depth.orElse(-1))
        .forEach(node -> collect(node, below));
    return all.stream()
        .filter(u -> below.contains(u.id()))
        .collect(ImmutableList.toImmutableList());
  }

  private static void collect(TreeNode node, Set<UnitId> ids) {
    ids.add(node.unit().id());
    node.children().forEach(child -> collect(child, ids));
  }

  @Override
  public Optional<Versioned<Strategy>> loadStrategy(StrategyId id) {
    return Optional.ofNullable(record.strategies().get(id));
  }

  @Override
  public Optional<Versioned<Commitment>> loadCommitment(CommitmentId id) {
    return Optional.ofNullable(record.commitments().get(id));
  }

  @Override
  public ImmutableList<Commitment> loadCommitments() {
    return values(record.commitments());
  }

  @Override
  public ImmutableList<Commitment> loadCommitmentsLedBy(Collection<UnitId> leads) {
    Set<UnitId> wanted = Set.copyOf(leads);
    return loadCommitments().stream()
        .filter(c -> wanted.contains(c.lead()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized long saveCommitment(
      Commitment commitment, long expectedVersion, AuditEntry entry) {
    Record current = record;
    CommitmentId id = commitment.id();
    long stored = version(current.commitments().get(id));
    if (stored != expectedVersion) {
      throw new VersionConflict("commitment " + id, expectedVersion, stored);
    }
    Map<CommitmentId, Versioned<Commitment>> next = new LinkedHashMap<>(current.commitments());
    next.put(id, Versioned.of(commitment, stored + 1));
    record = current.withCommitments(ImmutableMap.copyOf(next));
    audit.add(entry);
    return stored + 1;
  }

  @Override
  public synchronized ImmutableList<AuditEntry> entries() {
    return ImmutableList.copyOf(audit);
  }

  @Override
  public synchronized ImmutableList<AuditEntry> entriesAbout(String subject) {
    return audit.stream()
        .filter(entry -> AuditLogPort.isAbout(entry, subject))
        .collect(ImmutableList.toImmutableList());
  }

  private static long version(@Nullable Versioned<?> stored) {
    return stored == null ? Versioned.NOT_STORED : stored.version();
  }

  private static <V> ImmutableList<V> values(ImmutableMap<?, Versioned<V>> stored) {
    return stored.values().stream().map(Versioned::value).collect(ImmutableList.toImmutableList());
  }

  /** {@code values} in their order, each one version past the one stored under its id. */
  private static <K, V> ImmutableMap<K, Versioned<V>> nextVersions(
      ImmutableMap<K, Versioned<V>> stored, List<V> values, Function<V, K> id, String kinds) {
    Map<K, Versioned<V>> next = new LinkedHashMap<>();
    for (V value : values) {
      K key = id.apply(value);
      if (next.put(key, Versioned.of(value, version(stored.get(key)) + 1)) != null) {
        throw new IllegalArgumentException(
            "two " + kinds + " share the id '" + key + "': validate the snapshot first");
      }
    }
    return ImmutableMap.copyOf(next);
  }
}
