package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.in.ImportReport;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class ImportingADatasetReplacesTheStoredRecordTest {

  private final FakeStore store = new FakeStore();
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void a_valid_dataset_is_stored_whole_and_the_import_audited() {
    // given
    Snapshot both = Fixtures.togoMinistry().plus(Fixtures.moroccoUpe());

    // when
    ImportReport report =
        civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(both, "dsi"));

    // then
    assertThat(report.units()).isEqualTo(9);
    assertThat(report.strategies()).isZero();
    assertThat(report.commitments()).isEqualTo(1);
    assertThat(store.loadSnapshot()).isEqualTo(both);
    assertThat(store.loadCommitment(Fixtures.UPE).orElseThrow().version()).isEqualTo(1);
    assertThat(store.entries())
        .containsExactly(
            new AuditEntry(
                Instant.parse("2026-11-22T09:00:00Z"),
                "dsi",
                "snapshot.import",
                "snapshot",
                Optional.of("0 units, 0 strategies, 0 commitments"),
                Optional.of("9 units, 0 strategies, 1 commitment"),
                Optional.empty()));
  }

  @Test
  void importing_again_replaces_everything_and_moves_every_version_on() {
    // given
    civitas
        .importSnapshot()
        .importSnapshot(
            ImportSnapshotCommand.of(Fixtures.togoMinistry().plus(Fixtures.moroccoUpe()), "dsi"));

    // when the second dataset no longer holds the Togolese structure
    civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(Fixtures.moroccoUpe(), "dsi"));

    // then
    assertThat(store.loadSnapshot()).isEqualTo(Fixtures.moroccoUpe());
    assertThat(store.loadUnit(UnitId.of("masspf"))).isEmpty();
    assertThat(store.loadUnit(UnitId.of("msisf")).orElseThrow().version()).isEqualTo(2);
    assertThat(store.loadCommitment(Fixtures.UPE).orElseThrow().version()).isEqualTo(2);
    assertThat(store.entries()).hasSize(2);
    assertThat(store.entries().get(1).before()).contains("9 units, 0 strategies, 1 commitment");
  }
}
