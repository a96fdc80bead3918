package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.codes;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.indicator;
import static org.civitas.domain.validation.ValidationFixtures.rapports;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;
import static org.civitas.domain.validation.ValidationFixtures.withCommitments;

import java.util.Optional;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class MissingTargetTest {

  private static final String CODE = "indicator.target.missing";

  @Test
  void an_indicator_without_target_is_reported() {
    // given: seed 004 names its impact indicator but gives no figure
    Snapshot snapshot =
        withCommitments(
            upe()
                .withIndicators(
                    rapports(),
                    indicator(
                        "enfants-servis",
                        "Nombre d'enfants bénéficiant des services des unités de protection de"
                            + " l'enfance",
                        Optional.empty())));

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.INFO,
                "/commitments/0/indicators/1/target",
                "'enfants-servis'",
                "'upe'"));
  }

  @Test
  void an_indicator_with_a_target_is_not_reported() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(codes(snapshot)).doesNotContain(CODE);
  }
}
