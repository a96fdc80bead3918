package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.RecordIndicatorMeasurementCommand;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

class RecordingAMeasurementIsVersionedAndAuditedTest {

  private final FakeStore store = FakeStore.holding(Fixtures.moroccoUpe());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void the_measurement_becomes_the_latest_and_moves_the_achievement() {
    // when 5 reports published by June 2025 (baseline 0, target 8)
    Versioned<Commitment> stored = civitas.recordIndicatorMeasurement().record(measured(5, 1));

    // then
    assertThat(stored.version()).isEqualTo(2);
    CommitmentView view = civitas.showCommitment().show(ShowCommitmentQuery.today(Fixtures.UPE));
    assertThat(view.version()).isEqualTo(2);
    assertThat(view.indicators().get(0).latest())
        .contains(new Measurement(PartialDate.ofMonth(2025, 6), BigDecimal.valueOf(5)));
    assertThat(view.indicators().get(0).indicator().measurements()).hasSize(2);
    assertThat(view.indicators().get(0).achievement().getAsDouble()).isCloseTo(62.5, within(1e-9));
    assertThat(store.entries())
        .containsExactly(
            new AuditEntry(
                Instant.parse("2026-11-22T09:00:00Z"),
                "point-focal-msisf",
                "indicator.measurement",
                "commitment/upe/indicator/rapports",
                Optional.of("2024-12: 3"),
                Optional.of("2025-06: 5"),
                Optional.of("tableau de bord semestriel")));
  }

  @Test
  void a_measurement_against_a_stale_version_is_refused_and_not_recorded() {
    // given
    civitas.recordIndicatorMeasurement().record(measured(5, 1));

    // when / then
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> civitas.recordIndicatorMeasurement().record(measured(6, 1)));
    assertThat(
            store
                .loadCommitment(Fixtures.UPE)
                .orElseThrow()
                .value()
                .indicators()
                .get(0)
                .measurements())
        .extracting(m -> m.value().intValue())
        .containsExactly(3, 5);
    assertThat(store.entries()).hasSize(1);
  }

  private static RecordIndicatorMeasurementCommand measured(int value, long version) {
    return new RecordIndicatorMeasurementCommand(
        Fixtures.UPE,
        Fixtures.RAPPORTS,
        new Measurement(PartialDate.ofMonth(2025, 6), BigDecimal.valueOf(value)),
        Optional.of("tableau de bord semestriel"),
        version,
        "point-focal-msisf");
  }
}
