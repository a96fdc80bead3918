package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.ShowCommitmentQuery;
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
  void changes_are_recorded_in_the_store_s_own_audit_log() {
    // given
    FakeStore store = new FakeStore();
    Civitas civitas = Civitas.builder().store(store).build();

    // when
    civitas
        .importSnapshot()
        .importSnapshot(ImportSnapshotCommand.of(Fixtures.togoMinistry(), "dsi"));

    // then
    assertThat(store.entries()).extracting(e -> e.action()).containsExactly("snapshot.import");
    assertThat(civitas.auditLog().entries()).isEqualTo(store.entries());
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
}
