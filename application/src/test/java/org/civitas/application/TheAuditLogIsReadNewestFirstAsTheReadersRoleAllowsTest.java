package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGPE;
import static org.civitas.application.UnitWrites.stored;
import static org.civitas.application.UnitWrites.unit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.in.AuditPage;
import org.civitas.application.port.in.ReadAuditLogQuery;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.in.UpdateUnitCommand;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log names who changed what: an administrator reads all of it, newest first; an editor
 * the history of the units of its scope and of the commitments they lead.
 */
class TheAuditLogIsReadNewestFirstAsTheReadersRoleAllowsTest {

  private final FakeStore store = FakeStore.holding(Ledger.togoWithCommitments());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @BeforeEach
  void threeChanges() {
    rename("dpsv", "DPSV");
    rename("dpa", "DPA");
    rename("daed", "DAED");
  }

  private void rename(String id, String acronym) {
    civitas
        .updateUnit()
        .update(
            new UpdateUnitCommand(
                unit(id),
                UnitProperties.of(ImmutableOrgUnit.copyOf(stored(store, id)).withAcronym(acronym)),
                1,
                DSI));
  }

  @Test
  void an_administrator_reads_every_entry_newest_first_a_page_at_a_time() {
    // when
    AuditPage first = read(Optional.empty(), OptionalLong.empty(), 2, DSI);
    AuditPage second = read(Optional.empty(), first.next(), 2, DSI);

    // then
    assertThat(subjects(first)).containsExactly("unit/daed", "unit/dpa");
    assertThat(first.entries()).extracting(AuditLogPort.Numbered::number).containsExactly(3L, 2L);
    assertThat(first.next()).isEqualTo(OptionalLong.of(2));
    assertThat(subjects(second)).containsExactly("unit/dpsv");
    assertThat(second.next()).isEmpty();
  }

  @Test
  void an_editor_reads_the_history_of_a_unit_or_commitment_of_its_scope() {
    // when
    AuditPage dpsv = read(Optional.of("unit/dpsv"), OptionalLong.empty(), 10, EDITOR_OF_DGPE);
    AuditPage led =
        read(Optional.of("commitment/upe-daed"), OptionalLong.empty(), 10, EDITOR_OF_DGPE);

    // then
    assertThat(subjects(dpsv)).containsExactly("unit/dpsv");
    assertThat(dpsv.entries().get(0).entry().actor()).isEqualTo("dsi-masspf");
    assertThat(led.entries()).isEmpty();
  }

  @Test
  void an_editor_reads_nothing_outside_its_scope_nor_the_whole_log() {
    // when / then
    assertThatThrownBy(
            () -> read(Optional.of("unit/dpa"), OptionalLong.empty(), 10, EDITOR_OF_DGPE))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("'unit/dpa' is not among them");
    assertThatThrownBy(() -> read(Optional.empty(), OptionalLong.empty(), 10, EDITOR_OF_DGPE))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("only an administrator reads the whole audit log");
    assertThatThrownBy(
            () -> read(Optional.of("snapshot"), OptionalLong.empty(), 10, EDITOR_OF_DGPE))
        .isInstanceOf(ChangeForbidden.class);
    assertThatThrownBy(
            () ->
                read(
                    Optional.of("commitment/upe-inconnu"),
                    OptionalLong.empty(),
                    10,
                    EDITOR_OF_DGPE))
        .isInstanceOf(ChangeForbidden.class);
  }

  private AuditPage read(Optional<String> subject, OptionalLong before, int limit, Actor actor) {
    return civitas.readAuditLog().read(new ReadAuditLogQuery(subject, before, limit, actor));
  }

  private static List<String> subjects(AuditPage page) {
    return page.entries().stream().map(n -> n.entry().subject()).toList();
  }
}
