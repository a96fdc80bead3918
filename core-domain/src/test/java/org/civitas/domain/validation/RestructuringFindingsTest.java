package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGSPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.ministry;
import static org.civitas.domain.restructuring.RestructuringFixtures.units;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Restructurings are validated with the rest of the record: those that cannot take effect are
 * errors at their fields, the holdings they leave with no unit are warnings, and the units they
 * change are checked across time.
 */
class RestructuringFindingsTest {

  private static List<Finding> findings(Restructuring... restructurings) {
    return SnapshotValidator.validate(ministry(restructurings));
  }

  private static List<Finding> of(List<Finding> findings, Rule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  @Test
  void a_merge_of_one_unit_is_an_error_at_its_units() {
    // when
    List<Finding> findings = findings(Restructuring.Merge.of(units(DGAS), DGSPE, REFORM_DAY));

    // then
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.RESTRUCTURING_INVALID);
              assertThat(f.isError()).isTrue();
              assertThat(f.path()).isEqualTo("/restructurings/0/units");
              assertThat(f.message())
                  .isEqualTo(
                      "the merge of 2025-01-01 cannot take effect: a merge joins two units or"
                          + " more: add the units merged, or write a dissolution with a"
                          + " successor if one unit is taken over by another");
            });
  }

  @Test
  void a_restructuring_naming_a_unit_that_does_not_exist_is_an_unknown_reference() {
    // when
    List<Finding> findings =
        findings(Restructuring.Merge.of(units(DGAS, DGPE), UnitId.of("dg-inconnue"), REFORM_DAY));

    // then
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.REF_UNKNOWN);
              assertThat(f.path()).isEqualTo("/restructurings/0/into");
              assertThat(f.message())
                  .isEqualTo(
                      "the merge of 2025-01-01 cannot take effect: there is no unit"
                          + " 'dg-inconnue': correct the id, or add the unit 'dg-inconnue'");
            });
  }

  @Test
  void a_dissolution_without_successor_leaves_its_holdings_orphaned() {
    // when: the DGPE leads the commitment, holds two attributions and owns an action
    List<Finding> findings =
        findings(Restructuring.Dissolve.of(DGPE, ImmutableList.of(), REFORM_DAY));

    // then
    List<Finding> orphaned = of(findings, Rule.RESTRUCTURING_ORPHANED);
    assertThat(orphaned)
        .extracting(Finding::path)
        .containsExactly(
            "/restructurings/0/attributions",
            "/restructurings/0/attributions",
            "/restructurings/0/commitments",
            "/restructurings/0/actions");
    assertThat(orphaned.get(0).message())
        .isEqualTo(
            "the dissolve of 2025-01-01 ends 'dgpe' but hands over attribution 0 of 'dgpe' to no"
                + " unit: list 0 under the unit that takes it over in attributions, or under"
                + " dropped if it ends with the unit");
    assertThat(orphaned.get(2).message())
        .isEqualTo(
            "the dissolve of 2025-01-01 ends 'dgpe' but hands over the lead of commitment 'upe'"
                + " to no unit: name it under the unit that takes it over in commitments");
    assertThat(orphaned.get(0).severity()).isEqualTo(Severity.WARNING);
    // the orphaned lead is not reported a second time as led by a dissolved unit
    assertThat(of(findings, Rule.REF_DISSOLVED)).isEmpty();
  }

  @Test
  void a_split_names_its_successors_in_the_fix() {
    // when
    List<Finding> findings =
        findings(
            Restructuring.Split.of(
                DGPE,
                units(DGSPE, DPA),
                org.civitas.domain.restructuring.Handover.NONE,
                REFORM_DAY));

    // then
    assertThat(of(findings, Rule.RESTRUCTURING_ORPHANED).get(1).message())
        .endsWith(
            "list 1 under one of 'dgspe', 'dpa' in attributions, or under dropped if it ends"
                + " with the unit");
  }

  @Test
  void a_commitment_whose_lead_passed_to_a_successor_is_not_led_by_a_dissolved_unit() {
    // when
    List<Finding> findings = findings(Restructuring.Merge.of(units(DGAS, DGPE), DGSPE, REFORM_DAY));

    // then: only the DGAS's directorates, left under it, are reported
    assertThat(findings)
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Rule.UNIT_DISSOLVED_PARENT, "/units/3/parent"),
            org.assertj.core.groups.Tuple.tuple(Rule.UNIT_DISSOLVED_PARENT, "/units/4/parent"));
    assertThat(findings.get(0).message())
        .isEqualTo(
            "unit 'dpa' is still under 'dgas' after 'dgas' was dissolved (2024-12-31): give"
                + " 'dpa' its own dissolution date, or move it under the unit that took over (a"
                + " move among the restructurings)");
  }

  @Test
  void a_commitment_led_by_a_successor_dissolved_of_itself_is_still_reported() {
    // given the DGPE dissolved into the DGAS, and the DGAS dissolved by its own record in 2026
    Snapshot base = ministry(Restructuring.Dissolve.of(DGPE, units(DGAS), REFORM_DAY));
    Snapshot snapshot =
        new Snapshot(
            base.units().stream()
                .map(u -> u.id().equals(DGAS) ? u.endedOn(java.time.LocalDate.of(2026, 12, 31)) : u)
                .collect(ImmutableList.toImmutableList()),
            base.strategies(),
            base.commitments(),
            base.restructurings());

    // when
    List<Finding> findings = SnapshotValidator.validate(snapshot);

    // then
    assertThat(of(findings, Rule.REF_DISSOLVED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("/commitments/0/lead");
              assertThat(f.message())
                  .startsWith("commitment 'upe' is led by 'dgas', dissolved in 2026-12-31,");
            });
  }

  @Test
  void a_move_that_places_a_unit_under_one_of_lower_rank_is_reported_at_the_move() {
    // when: the DGPE, a direction générale, under a directorate
    List<Finding> findings = findings(Restructuring.Move.of(DGPE, DPA, REFORM_DAY));

    // then
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.UNIT_KIND_NESTING);
              assertThat(f.path()).isEqualTo("/restructurings/0/parent");
            });
  }

  @Test
  void a_restructuring_dated_with_a_placeholder_is_reported_at_its_date() {
    // when
    List<Finding> findings =
        findings(Restructuring.Move.of(DPA, DGPE, PartialDate.parse("1970-01-01")));

    // then
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.DATE_PLACEHOLDER);
              assertThat(f.path()).isEqualTo("/restructurings/0/date");
            });
  }

  @Test
  void findings_on_restructurings_come_after_those_on_commitments() {
    // given a commitment without period, and a refused restructuring
    List<Finding> findings =
        SnapshotValidator.validate(
            new Snapshot(
                ministry().units(),
                ImmutableList.of(),
                ImmutableList.of(
                    org.civitas.domain.commitment.ImmutableCommitment.copyOf(
                            org.civitas.domain.restructuring.RestructuringFixtures.upe())
                        .withPeriod(org.civitas.domain.time.Period.ALWAYS)),
                ImmutableList.of(Restructuring.Move.of(DGAS, DPA, REFORM_DAY))));

    // then
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly("/commitments/0/period", "/restructurings/0/parent");
  }
}
