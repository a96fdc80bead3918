package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.application.UnitWrites.DSI;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGAS;
import static org.civitas.application.UnitWrites.EDITOR_OF_DGPE;
import static org.civitas.application.UnitWrites.cell;
import static org.civitas.application.UnitWrites.unit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CreateUnitCommand;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.LinkType;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** A unit is created under a parent from a day on, with an id of its own, and audited. */
class CreatingAUnitEstablishesItUnderItsParentTest {

  private static final LocalDate FIRST_OF_2026 = LocalDate.of(2026, 1, 1);

  private final FakeStore store = FakeStore.holding(Fixtures.togoMinistry());
  private final Civitas civitas = Fixtures.civitas(store, Fixtures.CHECK_DAY);

  @Test
  void a_new_unit_stands_under_its_parent_from_its_first_day_at_version_1() {
    // when
    Versioned<OrgUnit> created = create("cpe", "dpsv", FIRST_OF_2026, DSI);

    // then
    OrgUnit cpe = created.value();
    assertThat(created.version()).isEqualTo(1);
    assertThat(store.loadUnit(unit("cpe"))).contains(created);
    assertThat(cpe.lifetime()).isEqualTo(Period.from(PartialDate.ofDay(2026, 1, 1)));
    assertThat(cpe.parents())
        .containsExactly(new ParentLink(unit("dpsv"), Period.from(PartialDate.ofDay(2026, 1, 1))));
    assertThat(cpe.name()).isEqualTo(cell().name());
    assertThat(store.loadSnapshot().chart().on(LocalDate.of(2026, 6, 1)).children(unit("dpsv")))
        .containsExactly(unit("cpe"));
    assertThat(store.loadSnapshot().chart().on(LocalDate.of(2025, 12, 31)).contains(unit("cpe")))
        .isFalse();
    assertThat(store.entries())
        .containsExactly(
            new AuditEntry(
                Fixtures.CHECK_DAY.atTime(9, 0).toInstant(ZoneOffset.UTC),
                "dsi-masspf",
                "unit.create",
                "unit/cpe",
                Optional.empty(),
                Optional.of("cell Cellule de protection de l’enfance, under dpsv from 2026-01-01"),
                Optional.empty()));
  }

  @Test
  void an_editor_creates_under_a_unit_of_its_scope_under_its_own_name() {
    // when
    create("cpe", "dpsv", FIRST_OF_2026, EDITOR_OF_DGPE);

    // then
    assertThat(store.entries()).extracting(AuditEntry::actor).containsExactly("point-focal-dgpe");
  }

  @Test
  void an_editor_cannot_create_under_a_unit_outside_its_scope_nor_at_the_top() {
    // when / then
    assertThatThrownBy(() -> create("cpe", "dpsv", FIRST_OF_2026, EDITOR_OF_DGAS))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("'dgas'")
        .hasMessageContaining("'dpsv'");
    assertThatThrownBy(
            () ->
                civitas
                    .createUnit()
                    .create(
                        new CreateUnitCommand(
                            unit("cpe"), cell(), Optional.empty(), FIRST_OF_2026, EDITOR_OF_DGPE)))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("only an administrator may create a unit at the top");
    assertThat(store.loadUnit(unit("cpe"))).isEmpty();
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void an_id_taken_already_is_refused() {
    // when / then
    assertThatThrownBy(() -> create("dpa", "dpsv", FIRST_OF_2026, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.ID_TAKEN))
        .hasMessageContaining("there is a unit 'dpa' already");
    assertThat(store.loadUnit(unit("dpa")).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void a_parent_that_does_not_exist_or_not_on_that_day_is_refused() {
    // given the DPSV established in 2027 (made up)
    store.replace(
        new Snapshot(
            Fixtures.togoUnits().stream()
                .map(
                    u ->
                        u.id().equals(unit("dpsv"))
                            ? ImmutableOrgUnit.copyOf(u)
                                .withLifetime(Period.from(PartialDate.ofYear(2027)))
                            : u)
                .collect(ImmutableList.toImmutableList()),
            ImmutableList.of(),
            ImmutableList.of()));

    // when / then
    assertThatThrownBy(() -> create("cpe", "dgxx", FIRST_OF_2026, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.UNKNOWN_UNIT));
    assertThatThrownBy(() -> create("cpe", "dpsv", FIRST_OF_2026, DSI))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.NOT_ALIVE))
        .hasMessageContaining("2026-01-01");
  }

  @Test
  void a_unit_that_would_break_a_rule_is_refused_with_the_findings_at_its_fields() {
    // given a cell that says it supervises a unit nobody stored
    UnitProperties linked =
        new UnitProperties(
            cell().kind(),
            cell().name(),
            Optional.of("CPE"),
            Optional.empty(),
            OptionalInt.empty(),
            ImmutableList.of(),
            Optional.empty(),
            ImmutableList.of(new UnitLink(LinkType.SUPERVISES, unit("inconnue"))));

    // when / then
    assertThatThrownBy(
            () ->
                civitas
                    .createUnit()
                    .create(
                        new CreateUnitCommand(
                            unit("cpe"), linked, Optional.of(unit("dpsv")), FIRST_OF_2026, DSI)))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> {
              assertThat(refused.reason()).isEqualTo(ChangeRefused.Reason.ERRORS);
              assertThat(refused.findings())
                  .singleElement()
                  .satisfies(
                      finding -> {
                        assertThat(finding.code()).isEqualTo("ref.unknown");
                        assertThat(finding.path()).isEqualTo("/links/0/unit");
                        assertThat(finding.message()).contains("inconnue");
                      });
            });
    assertThat(store.loadUnit(unit("cpe"))).isEmpty();
    assertThat(store.entries()).isEmpty();
  }

  private Versioned<OrgUnit> create(String id, String parent, LocalDate from, Actor actor) {
    return civitas
        .createUnit()
        .create(new CreateUnitCommand(unit(id), cell(), Optional.of(unit(parent)), from, actor));
  }
}
