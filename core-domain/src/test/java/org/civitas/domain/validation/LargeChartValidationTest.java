package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.validation.ValidationFixtures.date;
import static org.civitas.domain.validation.ValidationFixtures.id;
import static org.civitas.domain.validation.ValidationFixtures.unit;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.validate;

import java.util.ArrayList;
import java.util.List;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** Validation reads 100 000 units without scanning them once per unit. */
class LargeChartValidationTest {

  private static final int SIZE = 100_000;

  private static ImmutableOrgUnit cell(int i) {
    return unit("cellule-" + i, UnitKind.OTHER, "Cellule " + i);
  }

  @Test
  void a_chain_of_100_000_units_has_nothing_to_report() {
    // given: each unit under the one before
    List<OrgUnit> chain = new ArrayList<>();
    chain.add(cell(0));
    for (int i = 1; i < SIZE; i++) {
      chain.add(cell(i).withParents(ParentLink.always(id("cellule-" + (i - 1)))));
    }

    // when / then
    assertThat(validate(units(chain))).isEmpty();
  }

  @Test
  void a_tree_of_100_000_units_established_over_a_century_has_nothing_to_report() {
    // given: ten children per unit, each established in its own year and month, so the structure
    // changes on thousands of days
    List<OrgUnit> tree = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      ImmutableOrgUnit unit =
          cell(i)
              .withLifetime(
                  Period.from(date(String.format("%04d-%02d", 1920 + i % 100, 1 + i % 12))));
      tree.add(i == 0 ? unit : unit.withParents(ParentLink.always(id("cellule-" + (i - 1) / 10))));
    }

    // when / then
    assertThat(validate(units(tree))).isEmpty();
  }

  @Test
  void one_loop_at_the_end_of_a_long_chain_is_found_alone() {
    // given: the first unit of the chain placed under the last one
    List<OrgUnit> chain = new ArrayList<>();
    chain.add(cell(0).withParents(ParentLink.always(id("cellule-" + (SIZE - 1)))));
    for (int i = 1; i < SIZE; i++) {
      chain.add(cell(i).withParents(ParentLink.always(id("cellule-" + (i - 1)))));
    }

    // when
    List<Finding> findings = validate(units(chain));

    // then: every unit is in the loop, each reported once
    assertThat(findings).hasSize(SIZE).allMatch(f -> f.code().equals("unit.cycle"));
    assertThat(findings.get(0).path()).isEqualTo("/units/0/parent");
    assertThat(findings.get(SIZE - 1).path()).isEqualTo("/units/" + (SIZE - 1) + "/parent");
  }
}
