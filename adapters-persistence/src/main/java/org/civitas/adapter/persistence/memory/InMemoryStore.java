package org.civitas.adapter.persistence.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.jspecify.annotations.Nullable;

/**
 * Every unit, strategy and commitment in memory, with an append-only audit log.
 *
 * <p>The record is one immutable value swapped atomically: a reader always sees a whole record, and
 * a write is a compare-and-set on it, so of two writers naming the same version exactly one wins
 * and no acknowledged write is lost. Safe to share between threads.
 */
public final class InMemoryStore implements CivitasStore, AuditLogPort {

  /** The whole stored record at one moment; never changed, only replaced. */
  private record Record(
      ImmutableMap<UnitId, Versioned<OrgUnit>> units,
      ImmutableMap<StrategyId, Versioned<Strategy>> strategies,
      ImmutableMap<CommitmentId, Versioned<Commitment>> commitments) {

    static final Record EMPTY = new Record(ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());
  }

  private final AtomicReference<Record> record = new AtomicReference<>(Record.EMPTY);
  private final ConcurrentLinkedQueue<AuditEntry> audit = new ConcurrentLinkedQueue<>();

  @Override
  public Snapshot loadSnapshot() {
    Record current = record.get();
    return new Snapshot(
        values(current.units()), values(current.strategies()), values(current.commitments()));
  }

  @Override
  public void saveSnapshot(Snapshot snapshot) {
    record.updateAndGet(
        current ->
            new Record(
                nextVersions(current.units(), snapshot.units(), OrgUnit::id, "units"),
                nextVersions(
                    current.strategies(), snapshot.strategies(), Strategy::id, "strategies"),
                nextVersions(
                    current.commitments(), snapshot.commitments(), Commitment::id, "commitments")));
  }

  @Override
  public ImmutableList<OrgUnit> loadUnits() {
    return values(record.get().units());
  }

  @Override
  public Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
    return Optional.ofNullable(record.get().units().get(id));
  }

  @Override
  public Optional<Versioned<Strategy>> loadStrategy(StrategyId id) {
    return Optional.ofNullable(record.get().strategies().get(id));
  }

  @Override
  public Optional<Versioned<Commitment>> loadCommitment(CommitmentId id) {
    return Optional.ofNullable(record.get().commitments().get(id));
  }

  @Override
  public ImmutableList<Commitment> loadCommitments() {
    return values(record.get().commitments());
  }

  @Override
  public long saveCommitment(Commitment commitment, long expectedVersion) {
    CommitmentId id = commitment.id();
    Record saved =
        record.updateAndGet(
            current -> {
              long stored = version(current.commitments().get(id));
              if (stored != expectedVersion) {
                throw new VersionConflict("commitment " + id, expectedVersion, stored);
              }
              Map<CommitmentId, Versioned<Commitment>> next =
                  new LinkedHashMap<>(current.commitments());
              next.put(id, Versioned.of(commitment, stored + 1));
              return new Record(current.units(), current.strategies(), ImmutableMap.copyOf(next));
            });
    return version(saved.commitments().get(id));
  }

  @Override
  public void append(AuditEntry entry) {
    audit.add(entry);
  }

  @Override
  public ImmutableList<AuditEntry> entries() {
    return ImmutableList.copyOf(audit);
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
