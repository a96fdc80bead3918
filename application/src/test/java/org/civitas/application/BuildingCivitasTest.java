package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.ShowCommitmentQuery;
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
import org.junit.jupiter.api.Test;

class BuildingCivitasTest {

  @Test
  void without_a_store_there_is_nothing_to_build() {
    // when / then
    assertThatIllegalStateException()
        .isThrownBy(() -> Civitas.builder().build())
        .withMessageContaining("store");
  }

  @Test
  void the_store_s_own_audit_log_is_used_unless_another_is_given() {
    // given
    FakeStore store = new FakeStore();
    List<AuditEntry> elsewhere = new ArrayList<>();

    // when
    Civitas.builder()
        .store(store)
        .build()
        .importSnapshot()
        .importSnapshot(ImportSnapshotCommand.of(Fixtures.togoMinistry(), "dsi"));
    Civitas.builder()
        .store(store)
        .auditLog(listLog(elsewhere))
        .build()
        .importSnapshot()
        .importSnapshot(ImportSnapshotCommand.of(Fixtures.togoMinistry(), "dsi"));

    // then
    assertThat(store.entries()).hasSize(1);
    assertThat(elsewhere).hasSize(1);
  }

  @Test
  void a_store_without_an_audit_log_needs_one_given() {
    // given
    CivitasStore withoutLog = storeWithoutLog(new FakeStore());

    // when / then
    assertThatIllegalStateException()
        .isThrownBy(() -> Civitas.builder().store(withoutLog).build())
        .withMessageContaining("audit log");
    assertThat(Civitas.builder().store(withoutLog).auditLog(listLog(new ArrayList<>())).build())
        .isNotNull();
  }

  @Test
  void the_clock_defaults_to_the_system_clock_in_utc() {
    // given
    FakeStore store = FakeStore.holding(Fixtures.moroccoUpe());
    Civitas civitas = Civitas.builder().store(store).build();
    Instant before = Instant.now();
    LocalDate todayBefore = LocalDate.now(ZoneOffset.UTC);

    // when
    LocalDate asOf = civitas.showCommitment().show(ShowCommitmentQuery.today(Fixtures.UPE)).asOf();
    civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(Fixtures.moroccoUpe(), "dsi"));

    // then
    assertThat(asOf).isBetween(todayBefore, LocalDate.now(ZoneOffset.UTC));
    assertThat(store.entries().get(0).at()).isBetween(before, Instant.now());
  }

  private static AuditLogPort listLog(List<AuditEntry> entries) {
    return new AuditLogPort() {
      @Override
      public void append(AuditEntry entry) {
        entries.add(entry);
      }

      @Override
      public ImmutableList<AuditEntry> entries() {
        return ImmutableList.copyOf(entries);
      }
    };
  }

  /** The store's ports alone, without its audit log. */
  private static CivitasStore storeWithoutLog(FakeStore store) {
    return new CivitasStore() {
      @Override
      public Snapshot loadSnapshot() {
        return store.loadSnapshot();
      }

      @Override
      public void saveSnapshot(Snapshot snapshot) {
        store.saveSnapshot(snapshot);
      }

      @Override
      public ImmutableList<OrgUnit> loadUnits() {
        return store.loadUnits();
      }

      @Override
      public Optional<Versioned<OrgUnit>> loadUnit(UnitId id) {
        return store.loadUnit(id);
      }

      @Override
      public Optional<Versioned<Strategy>> loadStrategy(StrategyId id) {
        return store.loadStrategy(id);
      }

      @Override
      public Optional<Versioned<Commitment>> loadCommitment(CommitmentId id) {
        return store.loadCommitment(id);
      }

      @Override
      public ImmutableList<Commitment> loadCommitments() {
        return store.loadCommitments();
      }

      @Override
      public long saveCommitment(Commitment commitment, long expectedVersion) {
        return store.saveCommitment(commitment, expectedVersion);
      }
    };
  }
}
