package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.fr;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGAS;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGC;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DGSPE;
import static org.civitas.domain.restructuring.RestructuringFixtures.DPA;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM;
import static org.civitas.domain.restructuring.RestructuringFixtures.REFORM_DAY;
import static org.civitas.domain.restructuring.RestructuringFixtures.ministry;
import static org.civitas.domain.restructuring.RestructuringFixtures.units;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/** What changed in the structure between two days. */
class StructureDiffTest {

  private static final Restructuring.Rename RENAME =
      Restructuring.Rename.of(
          DGC,
          fr("Direction de la prévention des catastrophes"),
          Optional.of("DPC"),
          PartialDate.parse("2024-03"));
  private static final Restructuring.Move MOVE =
      Restructuring.Move.of(DPA, DGPE, PartialDate.parse("2024-06"));
  private static final Restructuring.Merge MERGE =
      Restructuring.Merge.of(units(DGAS, DGPE), DGSPE, REFORM_DAY);
  private static final Restructuring.Split SPLIT =
      Restructuring.Split.of(DGC, units(DGSPE, DPA), Handover.NONE, PartialDate.parse("2026"));

  private static final Snapshot RESTRUCTURED = ministry(RENAME, MOVE, MERGE, SPLIT);

  @Test
  void the_diff_lists_units_created_dissolved_renamed_and_moved_and_the_restructurings() {
    // given
    LocalDate from = LocalDate.of(2024, 1, 1);

    // when
    StructureDiff diff = RESTRUCTURED.diff(from, REFORM);

    // then
    assertThat(diff.created()).extracting(OrgUnit::id).containsExactly(DGSPE);
    assertThat(diff.dissolved()).extracting(OrgUnit::id).containsExactly(DGAS, DGPE);
    assertThat(diff.renamed())
        .singleElement()
        .satisfies(
            renamed -> {
              assertThat(renamed.unit()).isEqualTo(DGC);
              assertThat(renamed.before().label())
                  .isEqualTo("Direction de la gestion des catastrophes");
              assertThat(renamed.after().label())
                  .isEqualTo("DPC — Direction de la prévention des catastrophes");
            });
    // the DPA was moved under the DGPE, which then ended: on the day it stands as a root
    assertThat(diff.moved())
        .containsExactlyInAnyOrder(
            new StructureDiff.Moved(DPA, Optional.of(DGAS), Optional.empty()),
            new StructureDiff.Moved(DGC, Optional.of(DGAS), Optional.empty()));
    assertThat(diff.restructurings())
        .extracting(Replay.Applied::restructuring)
        .containsExactly(RENAME, MOVE, MERGE);
    assertThat(diff.merges()).containsExactly(MERGE);
    assertThat(diff.splits()).isEmpty();
    assertThat(diff.dissolutions()).isEmpty();
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void a_restructuring_on_the_first_day_is_not_in_between_and_one_on_the_last_is() {
    // given
    LocalDate from = REFORM;
    LocalDate to = LocalDate.of(2026, 1, 1);

    // when
    StructureDiff diff = RESTRUCTURED.diff(from, to);

    // then
    assertThat(diff.splits()).containsExactly(SPLIT);
    assertThat(diff.merges()).isEmpty();
    assertThat(diff.dissolved()).extracting(OrgUnit::id).containsExactly(DGC);
    assertThat(diff.from()).isEqualTo(from);
    assertThat(diff.to()).isEqualTo(to);
  }

  @Test
  void between_two_days_with_nothing_in_between_there_is_no_difference() {
    // when
    StructureDiff diff = RESTRUCTURED.diff(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1));

    // then
    assertThat(diff.isEmpty()).isTrue();
    assertThat(List.of(diff.created(), diff.dissolved())).containsOnly(ImmutableList.of());
  }

  @Test
  void asked_backwards_the_diff_undoes_the_restructurings() {
    // when
    StructureDiff diff = RESTRUCTURED.diff(REFORM, LocalDate.of(2024, 1, 1));

    // then
    assertThat(diff.created()).extracting(OrgUnit::id).containsExactly(DGAS, DGPE);
    assertThat(diff.dissolved()).extracting(OrgUnit::id).containsExactly(DGSPE);
    assertThat(diff.restructurings()).hasSize(3);
  }
}
