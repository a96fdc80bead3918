package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.RecordIndicatorMeasurementCommand;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Who may change a commitment: an editor whose scope unit is its lead unit or above it, or an
 * administrator. The Togolese DPA sits under the DGAS; the DPSV under the DGPE.
 */
class AnEditorChangesOnlyWhatItsScopeLeadsTest {

  /** The UPE commitment as if the DPA led it: a test's own commitment, not a source's. */
  private static final Commitment LED_BY_DPA =
      ImmutableCommitment.copyOf(Fixtures.upe())
          .withId(CommitmentId.of("upe-dpa"))
          .withLead(UnitId.of("dpa"));

  /** The same, led by the DGPE. */
  private static final Commitment LED_BY_DGPE =
      ImmutableCommitment.copyOf(LED_BY_DPA)
          .withId(CommitmentId.of("upe-dgpe"))
          .withLead(UnitId.of("dgpe"));

  private final FakeStore store =
      FakeStore.holding(
          Fixtures.togoMinistry()
              .plus(Fixtures.moroccoUpe())
              .plus(
                  new Snapshot(
                      ImmutableList.of(),
                      ImmutableList.of(),
                      ImmutableList.of(LED_BY_DPA, LED_BY_DGPE))));
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void an_editor_of_a_unit_above_the_lead_reports_progress_under_its_own_name() {
    // when
    civitas.reportActivityProgress().report(report(Actor.editor("point-focal-dgas", unit("dgas"))));

    // then
    assertThat(store.loadCommitment(LED_BY_DPA.id()).orElseThrow().version()).isEqualTo(2);
    assertThat(store.entries()).extracting(e -> e.actor()).containsExactly("point-focal-dgas");
  }

  @Test
  void an_editor_of_the_lead_unit_itself_may_change_it() {
    // when
    civitas.reportActivityProgress().report(report(Actor.editor("point-focal-dpa", unit("dpa"))));

    // then
    assertThat(store.loadCommitment(LED_BY_DPA.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void an_editor_of_another_directorate_is_refused_and_nothing_changes() {
    // when / then
    assertThatThrownBy(
            () ->
                civitas
                    .reportActivityProgress()
                    .report(report(Actor.editor("point-focal-dgpe", unit("dgpe")))))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("'dgpe'")
        .hasMessageContaining("'dpa'");
    assertThat(store.loadCommitment(LED_BY_DPA.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void an_editor_below_the_lead_unit_is_refused() {
    // given an editor of the DPSV, under the DGPE, and a commitment led by the DGPE

    // when / then
    assertThatThrownBy(
            () ->
                civitas
                    .recordIndicatorMeasurement()
                    .record(
                        new RecordIndicatorMeasurementCommand(
                            LED_BY_DGPE.id(),
                            Fixtures.RAPPORTS,
                            new Measurement(PartialDate.parse("2025-06"), BigDecimal.ONE),
                            Optional.empty(),
                            1,
                            Actor.editor("point-focal-dpsv", unit("dpsv")))))
        .isInstanceOf(ChangeForbidden.class);
  }

  @Test
  void an_administrator_changes_anything() {
    // when
    civitas
        .reportActivityProgress()
        .report(report(new Actor("dsi", Actor.Role.ADMIN, Optional.of(unit("msisf")))));

    // then
    assertThat(store.loadCommitment(LED_BY_DPA.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void only_an_administrator_replaces_the_whole_record() {
    // given
    Snapshot before = store.loadSnapshot();

    // when / then
    assertThatThrownBy(
            () ->
                civitas
                    .importSnapshot()
                    .importSnapshot(
                        ImportSnapshotCommand.of(
                            Fixtures.togoMinistry(), Actor.editor("point-focal", unit("masspf")))))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("only an administrator may import a dataset");
    assertThat(store.loadSnapshot()).isEqualTo(before);
    assertThat(store.entries()).isEmpty();
  }

  private static ReportActivityProgressCommand report(Actor actor) {
    return new ReportActivityProgressCommand(
        LED_BY_DPA.id(),
        Fixtures.SUIVI,
        ActivityStatus.IN_PROGRESS,
        45,
        Optional.of("point trimestriel"),
        1,
        actor);
  }

  private static UnitId unit(String id) {
    return UnitId.of(id);
  }
}
