package org.civitas.adapter.persistence.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class SyntheticDatasetTest {

  @Test
  void the_same_seed_gives_the_same_dataset_and_another_seed_another() {
    // when
    Snapshot first = SyntheticDataset.generate(500, 50, 7);
    Snapshot again = SyntheticDataset.generate(500, 50, 7);
    Snapshot other = SyntheticDataset.generate(500, 50, 8);

    // then
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void a_national_dataset_has_the_asked_counts_and_a_realistic_depth() {
    // when
    Snapshot snapshot = SyntheticDataset.generate(20_000, 1_000, 1);

    // then
    assertThat(snapshot.units()).hasSize(20_000);
    assertThat(snapshot.commitments()).hasSize(1_000);
    Hierarchy today = snapshot.chart().on(LocalDate.of(2026, 1, 1));
    assertThat(today.roots()).hasSize(1);
    int deepest =
        snapshot.units().stream()
            .mapToInt(u -> today.ancestors(u.id()).size() + 1)
            .max()
            .orElseThrow();
    assertThat(deepest).isBetween(5, 7);
    assertThat(snapshot.units())
        .map(OrgUnit::mandate)
        .allSatisfy(m -> assertThat(m.orElseThrow().attributions().size()).isBetween(3, 12));
  }

  @Test
  void a_tiny_dataset_is_a_single_government() {
    // when
    Snapshot snapshot = SyntheticDataset.generate(1, 0, 3);

    // then
    assertThat(snapshot.units())
        .singleElement()
        .extracting(u -> u.name().text())
        .isEqualTo("Gouvernement");
  }
}
