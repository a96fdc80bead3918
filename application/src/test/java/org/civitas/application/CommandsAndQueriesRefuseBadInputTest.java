package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.civitas.application.port.in.DissolveUnitCommand;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.ListUnitsQuery;
import org.civitas.application.port.in.ReadAuditLogQuery;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.in.UpdateUnitCommand;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsAndQueriesRefuseBadInputTest {

  @ParameterizedTest
  @ValueSource(doubles = {-1, 100.5, Double.NaN})
  void progress_outside_0_to_100_is_refused(double progress) {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> report(progress, Optional.empty(), 1, "point-focal"))
        .satisfies(e -> assertThat(e.invariant()).isEqualTo(Invariant.VALUE_RANGE));
  }

  @Test
  void a_version_no_stored_commitment_can_have_is_refused() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> report(50, Optional.empty(), 0, "point-focal"))
        .withMessageContaining("version 0");
  }

  @Test
  void a_report_names_its_author() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> report(50, Optional.empty(), 1, "  "))
        .satisfies(e -> assertThat(e.invariant()).isEqualTo(Invariant.VALUE_REQUIRED));
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> ImportSnapshotCommand.of(Snapshot.EMPTY, ""));
  }

  @Test
  void a_blank_note_is_refused_rather_than_stored() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> report(50, Optional.of(" "), 1, "point-focal"));
  }

  @Test
  void a_missing_value_is_refused_with_what_to_give() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> new ShowUnitQuery(null, Optional.empty()))
        .withMessage("give the unit to show");
  }

  @Test
  void a_unit_change_refuses_a_negative_staff_a_version_0_and_a_missing_actor() {
    // given
    UnitProperties cell = UnitWrites.cell();

    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(
            () ->
                new UnitProperties(
                    cell.kind(),
                    cell.name(),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.of(-3),
                    cell.posts(),
                    Optional.empty(),
                    cell.links()))
        .satisfies(e -> assertThat(e.invariant()).isEqualTo(Invariant.VALUE_RANGE));
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> new UpdateUnitCommand(UnitId.of("dpa"), cell, 0, UnitWrites.DSI))
        .withMessageContaining("version 0");
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(
            () -> new DissolveUnitCommand(UnitId.of("dpa"), LocalDate.of(2026, 1, 1), 1, null))
        .withMessageContaining("who dissolves the unit");
  }

  @Test
  void a_page_holds_one_item_or_more_from_a_number_the_log_gave() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> ListUnitsQuery.firstPage(0));
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(
            () -> new ReadAuditLogQuery(Optional.empty(), OptionalLong.of(0), 10, UnitWrites.DSI))
        .withMessageContaining("numbered from 1");
  }

  @Test
  void a_negative_depth_is_refused() {
    // when / then
    assertThatExceptionOfType(InvariantViolation.class)
        .isThrownBy(() -> new GetTreeQuery(Optional.empty(), Optional.empty(), OptionalInt.of(-1)));
  }

  @Test
  void a_well_formed_report_is_accepted() {
    // when
    ReportActivityProgressCommand command = report(100, Optional.of("clôturé"), 3, "point-focal");

    // then
    assertThat(command.progress()).isEqualTo(100);
    assertThat(command.expectedVersion()).isEqualTo(3);
  }

  private static ReportActivityProgressCommand report(
      double progress, Optional<String> note, long version, String actor) {
    return new ReportActivityProgressCommand(
        Fixtures.UPE, Fixtures.SUIVI, ActivityStatus.IN_PROGRESS, progress, note, version, actor);
  }
}
