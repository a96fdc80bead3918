package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.application.port.in.GetProgressQuery;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * A ministry of a million units answers a question about one directorate without reading them all.
 */
class AQueryBelowAUnitReadsOnlyItsSubtreeTest {

  private static final UnitId DGPE = UnitId.of("dgpe");

  /** A store that refuses to be read whole: any answer below a unit must come from its subtree. */
  private final FakeStore store =
      new FakeStore() {
        @Override
        public synchronized ImmutableList<OrgUnit> loadUnits() {
          throw new AssertionError("every unit was read");
        }

        @Override
        public synchronized ImmutableList<Commitment> loadCommitments() {
          throw new AssertionError("every commitment was read");
        }

        @Override
        public synchronized Snapshot loadSnapshot() {
          throw new AssertionError("the whole record was read");
        }
      };

  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void the_tree_below_a_unit() {
    // given
    store.replace(Ledger.togoWithCommitments());

    // when
    var tree = civitas.getTree().tree(GetTreeQuery.whole().from(DGPE));

    // then
    assertThat(tree.roots())
        .singleElement()
        .satisfies(
            root -> {
              assertThat(root.unit().id()).isEqualTo(DGPE);
              assertThat(root.children())
                  .extracting(c -> c.unit().id().value())
                  .containsExactly("dpsv", "daed");
            });
  }

  @Test
  void the_progress_below_a_unit() {
    // given
    store.replace(Ledger.togoWithCommitments());

    // when
    var report = civitas.getProgress().progress(GetProgressQuery.everywhere().below(DGPE));

    // then
    assertThat(report.units())
        .extracting(row -> row.rollUp().commitments())
        .containsExactly(2, 0, 1);
  }

  @Test
  void the_progress_below_a_unit_with_the_commitments_merged_into_it() {
    // given
    store.replace(Restructured.togoLedgerMerged());

    // when
    var report =
        civitas
            .getProgress()
            .progress(
                GetProgressQuery.everywhere()
                    .below(UnitId.of("dgas"))
                    .asOf(LocalDate.of(2024, 6, 1)));
    var dpa = civitas.showUnit().show(ShowUnitQuery.on(UnitId.of("dpa"), LocalDate.of(2024, 6, 1)));

    // then
    assertThat(report.units()).extracting(row -> row.rollUp().commitments()).containsExactly(1, 1);
    assertThat(dpa.rollUp().commitments()).isEqualTo(1);
  }

  @Test
  void a_unit_with_its_parent_children_and_roll_up() {
    // given
    store.replace(Ledger.togoWithCommitments());

    // when
    var dgpe = civitas.showUnit().show(ShowUnitQuery.today(DGPE));

    // then
    assertThat(dgpe.parent()).map(u -> u.id().value()).contains("masspf");
    assertThat(dgpe.children()).extracting(u -> u.id().value()).containsExactly("dpsv", "daed");
    assertThat(dgpe.rollUp().commitments()).isEqualTo(2);
  }
}
