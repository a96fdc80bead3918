package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.poleSocial;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.daaf;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.finding;
import static org.civitas.domain.validation.ValidationFixtures.id;
import static org.civitas.domain.validation.ValidationFixtures.masspf;
import static org.civitas.domain.validation.ValidationFixtures.sg;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class DissolvedLeadTest {

  private static final String CODE = "ref.dissolved";

  /** The UPE commitment led by daaf, dissolved on {@code dissolved}. */
  private static Snapshot ledByDaafDissolvedIn(String dissolved, ImmutableCommitment commitment) {
    ImmutableList<OrgUnit> units =
        ImmutableList.of(masspf(), sg(), daaf().withLifetime(Period.until(date(dissolved))));
    return new Snapshot(
        units, ImmutableList.of(poleSocial()), ImmutableList.of(commitment.withLead(id("daaf"))));
  }

  private static List<Finding> dissolvedLeads(Snapshot snapshot) {
    return validate(snapshot).stream().filter(f -> f.code().equals(CODE)).toList();
  }

  @Test
  void a_commitment_led_by_a_unit_dissolved_before_it_ends_is_reported() {
    // given: daaf dissolved in June 2024, the commitment runs to December 2025
    Snapshot snapshot = ledByDaafDissolvedIn("2024-06", upe().withContributors());

    // when / then
    assertThat(validate(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/lead",
                "'upe'",
                "'daaf'",
                "2024-06",
                "2025-12"));
  }

  @Test
  void a_commitment_with_no_end_led_by_a_dissolved_unit_is_reported() {
    // given
    Snapshot snapshot =
        ledByDaafDissolvedIn(
            "2030", upe().withContributors().withPeriod(Period.from(date("2024-01"))));

    // when / then
    assertThat(dissolvedLeads(snapshot))
        .singleElement()
        .satisfies(
            finding(
                CODE,
                Severity.WARNING,
                "/commitments/0/lead",
                "'daaf'",
                "while the commitment has no end"));
  }

  @Test
  void a_commitment_ending_when_its_lead_is_dissolved_is_not_reported() {
    // given: both end in December 2025
    Snapshot snapshot = ledByDaafDissolvedIn("2025-12-31", upe().withContributors());

    // when / then
    assertThat(dissolvedLeads(snapshot)).isEmpty();
  }

  @Test
  void a_clean_ministry_has_its_commitments_led_by_living_units() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when / then
    assertThat(dissolvedLeads(snapshot)).isEmpty();
  }
}
