package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.SnapshotRefused;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Rule;
import org.junit.jupiter.api.Test;

class ImportingADatasetWithAnErrorStoresNothingTest {

  @Test
  void the_stored_record_stays_as_it_was_and_the_findings_say_why() {
    // given the Togolese structure stored, and a Moroccan dataset whose reader met an error
    FakeStore store = FakeStore.holding(Fixtures.togoMinistry());
    Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);
    Finding badProgress =
        Finding.at(
            Rule.VALUE_RANGE,
            "/commitments/0/activities/1/progress",
            "progress 140 is outside 0–100: give a percentage");
    Snapshot morocco = Fixtures.moroccoUpe();

    // when / then
    assertThatExceptionOfType(SnapshotRefused.class)
        .isThrownBy(
            () ->
                civitas
                    .importSnapshot()
                    .importSnapshot(
                        new ImportSnapshotCommand(morocco, ImmutableList.of(badProgress), "dsi")))
        .satisfies(
            refused -> {
              assertThat(refused.errors()).containsExactly(badProgress);
              assertThat(refused.getMessage()).contains("1 error").contains("not stored");
            });
    assertThat(store.loadSnapshot()).isEqualTo(Fixtures.togoMinistry());
    assertThat(store.loadUnit(UnitId.of("msisf"))).isEmpty();
    assertThat(store.loadCommitments()).isEmpty();
    assertThat(store.loadUnit(UnitId.of("masspf")).orElseThrow().version()).isEqualTo(1);
    assertThat(store.entries()).isEmpty();
  }
}
