package org.civitas.application;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * A store in a few maps, with its audit log, for the application's tests; open so a test can slip
 * in a writer.
 */
class FakeStore implements CivitasStore, AuditLogPort {

  private final Map<UnitId, Versioned<OrgUnit>> units = new LinkedHashMap<>();
  private final Map<StrategyId, Versioned<Strategy>> strategies = new LinkedHashMap<>();
  private final Map<CommitmentId, Versioned<Commitment>> commitments = new LinkedHashMap<>();
  private final List<AuditEntry> audit = new ArrayList<>();

  static FakeStore holding(Snapshot snapshot) {
    FakeStore store = new FakeStore();
    store.saveSnapshot(snapshot);
    return store;
  }

  @Override
  public synchronized Snapshot loadSnapshot() {
    return new Snapshot(values(units), values(strategies), values(commitments));
  }

  @Override
  public synchronized void saveSnapshot(Snapshot snapshot) {
    replace(units, snapshot.units(), OrgUnit::id);
    replace(strategies, snapshot.strategies(), Strategy::id);
    replace(commitments, snapshot.commitments(), Commitment::id);
  }

  @Override
  public synchronized ImmutableList<OrgUnit> loadUnits() {
    return values(units);
  }

  @Override
  public synchronized Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
    return Optional.ofNullable(units.get(id));
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
  public synchronized long saveCommitment(Commitment commitment, long expectedVersion) {
    long stored = version(commitments, commitment.id());
    if (stored != expectedVersion) {
      throw new VersionConflict("commitment " + commitment.id(), expectedVersion, stored);
    }
    commitments.put(commitment.id(), Versioned.of(commitment, stored + 1));
    return stored + 1;
  }

  @Override
  public synchronized void append(AuditEntry entry) {
    audit.add(entry);
  }

  @Override
  public synchronized ImmutableList<AuditEntry> entries() {
    return ImmutableList.copyOf(audit);
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
