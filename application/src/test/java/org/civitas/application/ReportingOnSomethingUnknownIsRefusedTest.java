package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.Optional;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.RecordIndicatorMeasurementCommand;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

class ReportingOnSomethingUnknownIsRefusedTest {

  private final FakeStore store = FakeStore.holding(Fixtures.moroccoUpe());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void progress_on_an_unknown_commitment_is_refused() {
    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () ->
                civitas
                    .reportActivityProgress()
                    .report(progress(CommitmentId.of("cppe"), Fixtures.SUIVI)))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(UnknownId.Kind.COMMITMENT));
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void progress_on_an_activity_the_commitment_does_not_have_is_refused_and_nothing_changes() {
    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () ->
                civitas
                    .reportActivityProgress()
                    .report(progress(Fixtures.UPE, ActivityId.of("plaidoyer"))))
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(UnknownId.Kind.ACTIVITY);
              assertThat(e.getMessage())
                  .isEqualTo("commitment 'upe' has no activity 'plaidoyer': check the id");
            });
    assertThat(store.loadCommitment(Fixtures.UPE).orElseThrow().version()).isEqualTo(1);
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void a_measurement_of_an_indicator_the_commitment_does_not_have_is_refused() {
    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(
            () ->
                civitas
                    .recordIndicatorMeasurement()
                    .record(
                        new RecordIndicatorMeasurementCommand(
                            Fixtures.UPE,
                            IndicatorId.of("enfants-beneficiaires"),
                            new Measurement(PartialDate.ofYear(2024), BigDecimal.TEN),
                            Optional.empty(),
                            1,
                            "point-focal-msisf")))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(UnknownId.Kind.INDICATOR));
    assertThat(store.loadCommitment(Fixtures.UPE).orElseThrow().version()).isEqualTo(1);
  }

  private static ReportActivityProgressCommand progress(
      CommitmentId commitment, ActivityId activity) {
    return new ReportActivityProgressCommand(
        commitment,
        activity,
        ActivityStatus.IN_PROGRESS,
        50,
        Optional.empty(),
        1,
        "point-focal-msisf");
  }
}
