package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.upeCommitment;

import org.junit.jupiter.api.Test;

/** An activity or an indicator of a commitment is found by its id. */
class CommitmentLookupTest {

  private final Commitment upe = upeCommitment();

  @Test
  void an_activity_is_found_by_its_id() {
    // given the UPE commitment, whose second activity is « formation »

    // when
    var found = upe.activity(ActivityId.of("formation"));

    // then
    assertThat(found).map(Activity::progress).contains(40.0);
  }

  @Test
  void an_indicator_is_found_by_its_id() {
    // given the UPE commitment, whose last indicator counts the children served

    // when
    var found = upe.indicator(IndicatorId.of("enfants-beneficiaires"));

    // then
    assertThat(found).map(Indicator::kind).contains(IndicatorKind.IMPACT);
  }

  @Test
  void an_id_the_commitment_does_not_have_finds_nothing() {
    // given an id of an indicator asked as an activity, and the reverse

    // when / then
    assertThat(upe.activity(ActivityId.of("rapports"))).isEmpty();
    assertThat(upe.indicator(IndicatorId.of("suivi"))).isEmpty();
  }
}
