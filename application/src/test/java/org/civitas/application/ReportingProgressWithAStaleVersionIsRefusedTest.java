package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.junit.jupiter.api.Test;

class ReportingProgressWithAStaleVersionIsRefusedTest {

  @Test
  void the_second_of_two_editors_who_read_the_same_version_is_refused() {
    // given two editors who both read version 1
    FakeStore store = FakeStore.holding(Fixtures.moroccoUpe());
    Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);
    civitas.reportActivityProgress().report(report(55, 1, "redacteur-a"));

    // when / then
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> civitas.reportActivityProgress().report(report(60, 1, "redacteur-b")))
        .satisfies(
            conflict -> {
              assertThat(conflict.aggregate()).isEqualTo("commitment upe");
              assertThat(conflict.expected()).isEqualTo(1);
              assertThat(conflict.actual()).isEqualTo(2);
            });
    Versioned<Commitment> stored = store.loadCommitment(Fixtures.UPE).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.value().activity(Fixtures.SUIVI).orElseThrow().progress()).isEqualTo(55);
    assertThat(store.entries()).extracting(e -> e.actor()).containsExactly("redacteur-a");
  }

  @Test
  void a_writer_who_slips_in_between_reading_and_writing_is_not_overwritten() {
    // given a store in which another editor writes right after the commitment is read
    FakeStore store =
        new FakeStore() {
          private boolean slipped;

          @Override
          public synchronized Optional<Versioned<Commitment>> loadCommitment(CommitmentId id) {
            Optional<Versioned<Commitment>> read = super.loadCommitment(id);
            if (!slipped) {
              slipped = true;
              Commitment theirs = read.orElseThrow().value();
              saveCommitment(
                  ImmutableCommitment.copyOf(theirs)
                      .withActivities(
                          theirs.activities().get(0).reported(ActivityStatus.IN_PROGRESS, 45),
                          theirs.activities().get(1)),
                  1,
                  new AuditEntry(
                      Instant.parse("2026-11-22T08:59:00Z"),
                      "redacteur-a",
                      "activity.progress",
                      "commitment/upe/activity/suivi",
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()));
            }
            return read;
          }
        };
    store.replace(Fixtures.moroccoUpe());
    Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

    // when / then
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> civitas.reportActivityProgress().report(report(60, 1, "redacteur-b")));
    Versioned<Commitment> stored = store.loadCommitment(Fixtures.UPE).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.value().activity(Fixtures.SUIVI).orElseThrow().progress()).isEqualTo(45);
    assertThat(store.entries()).extracting(e -> e.actor()).containsExactly("redacteur-a");
  }

  private static ReportActivityProgressCommand report(double progress, long version, String actor) {
    return new ReportActivityProgressCommand(
        Fixtures.UPE,
        Fixtures.SUIVI,
        ActivityStatus.IN_PROGRESS,
        progress,
        Optional.empty(),
        version,
        actor);
  }
}
