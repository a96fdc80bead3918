package org.civitas.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.poleSocial;
import static org.civitas.domain.Fixtures.togoMinistry;
import static org.civitas.domain.Fixtures.upeCommitment;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.organization.OrgUnit;
import org.junit.jupiter.api.Test;

/** Several dataset files are read as one snapshot: the first file's records, then the next's. */
class SeveralDatasetFilesTest {

  @Test
  void the_records_of_two_files_follow_each_other_in_order() {
    // given the units in one file, the strategy and the commitment in another
    ImmutableList<OrgUnit> units = togoMinistry().units();
    Snapshot structure = new Snapshot(units, ImmutableList.of(), ImmutableList.of());
    Snapshot plans =
        new Snapshot(
            units.subList(0, 1), ImmutableList.of(poleSocial()), ImmutableList.of(upeCommitment()));

    // when
    Snapshot both = structure.plus(plans);

    // then
    assertThat(both.units())
        .containsExactlyElementsOf(
            ImmutableList.<OrgUnit>builder().addAll(units).add(units.get(0)).build());
    assertThat(both.strategies()).containsExactly(poleSocial());
    assertThat(both.commitments()).containsExactly(upeCommitment());
  }

  @Test
  void an_empty_file_adds_nothing() {
    // given
    Snapshot plans =
        new Snapshot(
            togoMinistry().units(),
            ImmutableList.of(poleSocial()),
            ImmutableList.of(upeCommitment()));

    // when
    Snapshot before = Snapshot.EMPTY.plus(plans);
    Snapshot after = plans.plus(Snapshot.EMPTY);

    // then
    assertThat(before).isEqualTo(plans);
    assertThat(after).isEqualTo(plans);
  }
}
