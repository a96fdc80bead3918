package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.junit.jupiter.api.Test;

class ReportingProgressStoresANewVersionAndAuditsItTest {

  private final FakeStore store = FakeStore.holding(Fixtures.moroccoUpe());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void the_activity_takes_the_reported_status_and_progress_under_the_next_version() {
    // given
    CommitmentView read = civitas.showCommitment().show(ShowCommitmentQuery.today(Fixtures.UPE));

    // when
    Versioned<Commitment> stored =
        civitas
            .reportActivityProgress()
            .report(
                new ReportActivityProgressCommand(
                    Fixtures.UPE,
                    Fixtures.SUIVI,
                    ActivityStatus.IN_PROGRESS,
                    55,
                    Optional.of("rapport semestriel reçu"),
                    read.version(),
                    "point-focal-msisf"));

    // then
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.value().activity(Fixtures.SUIVI).orElseThrow().progress()).isEqualTo(55);
    assertThat(store.loadCommitment(Fixtures.UPE)).contains(stored);
    CommitmentView after = civitas.showCommitment().show(ShowCommitmentQuery.today(Fixtures.UPE));
    assertThat(after.progress().getAsDouble()).isEqualTo(47.5);
    assertThat(after.commitment().activity(Fixtures.FORMATION).orElseThrow().progress())
        .isEqualTo(40);
  }

  @Test
  void the_audit_log_says_who_when_what_and_the_states_before_and_after() {
    // when
    civitas
        .reportActivityProgress()
        .report(
            new ReportActivityProgressCommand(
                Fixtures.UPE,
                Fixtures.FORMATION,
                ActivityStatus.COMPLETED,
                100,
                Optional.empty(),
                1,
                "point-focal-msisf"));

    // then
    assertThat(store.entries())
        .containsExactly(
            new AuditEntry(
                Instant.parse("2026-11-22T09:00:00Z"),
                "point-focal-msisf",
                "activity.progress",
                "commitment/upe/activity/formation",
                Optional.of("in-progress, 40%"),
                Optional.of("completed, 100%"),
                Optional.empty()));
  }
}
