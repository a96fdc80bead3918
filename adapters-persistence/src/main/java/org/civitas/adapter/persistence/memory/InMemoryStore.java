package org.civitas.adapter.persistence.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.Instant;
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
import org.civitas.adapter.persistence.path.UnitPaths;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.ApiTokenPort;
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
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.jspecify.annotations.Nullable;

/**
 * Every unit, strategy and commitment in memory, with an append-only audit log, and the API tokens
 * with them.
 *
 * <p>The record is one immutable value, replaced whole by each write: a reader always sees a whole
 * record. Writes take turns, each one checking the version, replacing the record and appending its
 * audit entry before the next begins, and the log is read in turn with them, so a change is never
 * seen without its entry nor an entry without its change. Safe to share between threads.
 */
public final class InMemoryStore implements CivitasStore, ApiTokenPort {

  /**
   * The whole stored record at one moment; never changed, only replaced. The units are kept as
   * first established, with the restructurings, and across time ({@code acrossTime}, in the same
   * order), which is how they are read. Each record is one {@code revision} past the one it
   * replaced.
   */
  private record Record(
      ImmutableMap<UnitId, Versioned<OrgUnit>> units,
      ImmutableMap<StrategyId, Versioned<Strategy>> strategies,
      ImmutableMap<CommitmentId, Versioned<Commitment>> commitments,
      ImmutableList<Restructuring> restructurings,
      ImmutableMap<UnitId, OrgUnit> acrossTime,
      long revision) {

    static final Record EMPTY =
        new Record(
            ImmutableMap.of(),
            ImmutableMap.of(),
            ImmutableMap.of(),
            ImmutableList.of(),
            ImmutableMap.of(),
            0);
  }

  private volatile Record record = Record.EMPTY;
  private final List<AuditEntry> audit = new ArrayList<>();
  private final Map<ApiTokenId, ApiToken> tokens = new LinkedHashMap<>();

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
                Replay.acrossTime(snapshot.units(), snapshot.restructurings()), OrgUnit::id),
            current.revision() + 1);
    record = next;
    audit.add(entry);
  }

  /** The revision of the record held now: each write that changes it replaces it whole. */
  @Override
  public long revision() {
    return record.revision();
  }

  /** The record as it is now: each write replaces it whole, so it never changes under them. */
  @Override
  public <R> R readTogether(Function<? super Reads, ? extends R> reads) {
    return reads.apply(new Reading(record));
  }

  @Override
  public ImmutableList<OrgUnit> loadUnits() {
    return new Reading(record).loadUnits();
  }

  @Override
  public Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
    return new Reading(record).loadUnit(id);
  }

  @Override
  public Optional<Versioned<OrgUnit>> loadUnitAsEstablished(UnitId id) {
    return new Reading(record).loadUnitAsEstablished(id);
  }

  @Override
  public ImmutableList<OrgUnit> loadSubtree(UnitId root, LocalDate asOf, OptionalInt depth) {
    return new Reading(record).loadSubtree(root, asOf, depth);
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
    return new Reading(record).loadCommitments();
  }

  @Override
  public ImmutableList<Commitment> loadCommitmentsLedBy(Collection<UnitId> leads) {
    return new Reading(record).loadCommitmentsLedBy(leads);
  }

  /** The reads of one record. */
  private record Reading(Record current) implements Reads {

    @Override
    public ImmutableList<Restructuring> loadRestructurings() {
      return current.restructurings();
    }

    /** Across time: the restructurings applied. */
    @Override
    public ImmutableList<OrgUnit> loadUnits() {
      return current.acrossTime().values().asList();
    }

    @Override
    public Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
      return Optional.ofNullable(current.units().get(id))
          .map(stored -> Versioned.of(current.acrossTime().get(id), stored.version()));
    }

    @Override
    public Optional<Versioned<OrgUnit>> loadUnitAsEstablished(UnitId id) {
      return Optional.ofNullable(current.units().get(id));
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
    public ImmutableList<Commitment> loadCommitments() {
      return values(current.commitments());
    }

    @Override
    public ImmutableList<Commitment> loadCommitmentsLedBy(Collection<UnitId> leads) {
      Set<UnitId> wanted = Set.copyOf(leads);
      return loadCommitments().stream()
          .filter(c -> wanted.contains(c.lead()))
          .collect(ImmutableList.toImmutableList());
    }
  }

  @Override
  public long saveCommitment(Commitment commitment, long expectedVersion, AuditEntry entry) {
    saveChanges(Changes.NONE.commitment(commitment, expectedVersion), entry);
    return expectedVersion + 1;
  }

  @Override
  public synchronized void saveChanges(Changes changes, ImmutableList<AuditEntry> entries) {
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a change writes at least one unit or commitment");
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a change is told by one entry or more");
    }
    Record current = record;
    Map<UnitId, Versioned<OrgUnit>> units = new LinkedHashMap<>(current.units());
    boolean structural = !changes.restructurings().isEmpty();
    for (Changes.Write<OrgUnit> write : changes.units()) {
      OrgUnit unit = write.value();
      Versioned<OrgUnit> stored = current.units().get(unit.id());
      requireVersion("unit " + unit.id(), write.expectedVersion(), stored);
      structural |= stored == null || UnitPaths.placeDiffers(stored.value(), unit);
      units.put(unit.id(), Versioned.of(unit, write.expectedVersion() + 1));
    }
    Map<CommitmentId, Versioned<Commitment>> commitments =
        new LinkedHashMap<>(current.commitments());
    for (Changes.Write<Commitment> write : changes.commitments()) {
      Commitment commitment = write.value();
      requireVersion(
          "commitment " + commitment.id(),
          write.expectedVersion(),
          current.commitments().get(commitment.id()));
      commitments.put(commitment.id(), Versioned.of(commitment, write.expectedVersion() + 1));
    }
    ImmutableList<Restructuring> restructurings =
        ImmutableList.<Restructuring>builder()
            .addAll(current.restructurings())
            .addAll(changes.restructurings())
            .build();
    ImmutableList<OrgUnit> established = values(ImmutableMap.copyOf(units));
    if (structural) {
      // Refuses units that sit under each other and restructurings that cannot take effect, as a
      // store keeping their paths must.
      UnitPaths.of(
          new Snapshot(
              established,
              named(current.strategies(), Handover.of(restructurings).strategiesNamed()),
              named(commitments, Handover.of(restructurings).commitmentsNamed()),
              restructurings));
    }
    record =
        new Record(
            ImmutableMap.copyOf(units),
            current.strategies(),
            ImmutableMap.copyOf(commitments),
            restructurings,
            Maps.uniqueIndex(Replay.acrossTime(established, restructurings), OrgUnit::id),
            current.revision() + 1);
    audit.addAll(entries);
  }

  /** What a handover of the record names among {@code stored}: what its replay checks. */
  private static <K, V> ImmutableList<V> named(Map<K, Versioned<V>> stored, Set<K> ids) {
    return ids.stream()
        .flatMap(id -> Optional.ofNullable(stored.get(id)).stream())
        .map(Versioned::value)
        .collect(ImmutableList.toImmutableList());
  }

  private static void requireVersion(
      String aggregate, long expected, @Nullable Versioned<?> stored) {
    if (version(stored) != expected) {
      throw new VersionConflict(aggregate, expected, version(stored));
    }
  }

  /** Computed from every unit: memory holds them all anyway. */
  @Override
  public ImmutableList<OrgUnit> loadChildren(UnitId parent) {
    return loadUnits().stream()
        .filter(u -> u.parents().stream().anyMatch(link -> link.parent().equals(parent)))
        .collect(ImmutableList.toImmutableList());
  }

  /** Computed from every unit: memory holds them all anyway. */
  @Override
  public ImmutableList<Placed> listUnits(Listing listing) {
    Hierarchy day = OrgChart.of(loadUnits()).on(listing.asOf());
    return day.units().stream()
        .filter(u -> listing.after().map(after -> u.id().compareTo(after) > 0).orElse(true))
        .filter(u -> listing.kind().map(kind -> u.kind() == kind).orElse(true))
        .filter(
            u ->
                listing
                    .parent()
                    .map(parent -> day.parent(u.id()).equals(Optional.of(parent)))
                    .orElse(true))
        .sorted(Comparator.comparing(OrgUnit::id))
        .limit(listing.limit())
        .map(u -> new Placed(u, day.parent(u.id())))
        .collect(ImmutableList.toImmutableList());
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

  /** Numbered from 1 in the order written. */
  @Override
  public synchronized ImmutableList<Numbered> latestEntries(
      Optional<String> subject, OptionalLong before, int limit) {
    ImmutableList.Builder<Numbered> found = ImmutableList.builder();
    int count = 0;
    int from = (int) Math.min(audit.size(), before.orElse(Long.MAX_VALUE) - 1);
    for (int i = from - 1; i >= 0 && count < limit; i--) {
      AuditEntry entry = audit.get(i);
      if (subject.map(about -> AuditLogPort.isAbout(entry, about)).orElse(true)) {
        found.add(new Numbered(i + 1L, entry));
        count++;
      }
    }
    return found.build();
  }

  // ------------------------------------------------------------------------------ API tokens

  @Override
  public synchronized Optional<ApiToken> findByHash(String secretHash) {
    return tokens.values().stream().filter(t -> t.secretHash().equals(secretHash)).findFirst();
  }

  @Override
  public synchronized Optional<ApiToken> find(ApiTokenId id) {
    return Optional.ofNullable(tokens.get(id));
  }

  @Override
  public synchronized void save(ApiToken token, AuditEntry entry) {
    if (tokens.containsKey(token.id()) || findByHash(token.secretHash()).isPresent()) {
      throw new IllegalArgumentException("token " + token.id() + " is kept already");
    }
    tokens.put(token.id(), token);
    audit.add(entry);
  }

  @Override
  public synchronized ImmutableList<ApiToken> list() {
    return ImmutableList.copyOf(tokens.values());
  }

  @Override
  public synchronized Optional<ApiToken> revoke(ApiTokenId id, Instant at, AuditEntry entry) {
    ApiToken kept = tokens.get(id);
    if (kept == null) {
      return Optional.empty();
    }
    if (!kept.isRevoked()) {
      tokens.put(id, kept.revoked(at));
      audit.add(entry);
    }
    return Optional.of(tokens.get(id));
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
