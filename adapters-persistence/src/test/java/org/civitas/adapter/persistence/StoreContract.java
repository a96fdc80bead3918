package org.civitas.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civitas.adapter.persistence.Fixtures.MORNING;
import static org.civitas.adapter.persistence.Fixtures.RAPPORTS;
import static org.civitas.adapter.persistence.Fixtures.UPE;
import static org.civitas.adapter.persistence.Fixtures.UPE_DGPE;
import static org.civitas.adapter.persistence.Fixtures.entry;
import static org.civitas.adapter.persistence.Fixtures.imported;
import static org.civitas.adapter.persistence.Fixtures.record;
import static org.civitas.adapter.persistence.Fixtures.upe;
import static org.civitas.adapter.persistence.Fixtures.upeDgpe;
import static org.civitas.adapter.persistence.Fixtures.withSuivi;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.AuditLogPort.Numbered;
import org.civitas.application.port.out.Changes;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.application.port.out.ListUnitsPort;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every Civitas store promises, whatever keeps its data: each store's test extends this class
 * and says how to make an empty store. The data comes from the seeds ({@link Fixtures}).
 */
public abstract class StoreContract<S extends CivitasStore> {

  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  protected S store;

  /** A new store holding nothing. */
  protected abstract S newStore();

  @BeforeEach
  void emptyStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    if (store instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  // ------------------------------------------------------------------------------ reading

  @Test
  void an_empty_store_holds_nothing() {
    // when / then
    assertThat(store.loadSnapshot()).isEqualTo(Snapshot.EMPTY);
    assertThat(store.countStored()).isEqualTo(new Counts(0, 0, 0));
    assertThat(store.loadUnits()).isEmpty();
    assertThat(store.loadUnit(UnitId.of("masspf"))).isEmpty();
    assertThat(store.loadSubtree(UnitId.of("masspf"), TODAY, OptionalInt.empty())).isEmpty();
    assertThat(store.loadStrategy(Fixtures.POLE_SOCIAL)).isEmpty();
    assertThat(store.loadCommitment(UPE)).isEmpty();
    assertThat(store.loadCommitments()).isEmpty();
    assertThat(store.loadCommitmentsLedBy(List.of(UnitId.of("dgpe")))).isEmpty();
    assertThat(store.loadRestructurings()).isEmpty();
    assertThat(store.entries()).isEmpty();
    assertThat(store.entriesAbout("snapshot")).isEmpty();
  }

  @Test
  void a_saved_snapshot_reads_back_equal_in_its_order_at_version_1() {
    // given
    Snapshot snapshot = record();

    // when
    store.saveSnapshot(snapshot, imported());

    // then
    assertThat(store.loadSnapshot()).isEqualTo(snapshot);
    assertThat(store.countStored()).isEqualTo(new Counts(9, 1, 2));
    assertThat(store.loadUnits()).isEqualTo(snapshot.units());
    assertThat(store.loadCommitments()).isEqualTo(snapshot.commitments());
    assertThat(store.loadUnit(UnitId.of("das"))).contains(Versioned.of(Fixtures.das(), 1));
    assertThat(store.loadUnit(UnitId.of("dgpe")))
        .contains(Versioned.of(snapshot.units().get(4), 1));
    assertThat(store.loadStrategy(Fixtures.POLE_SOCIAL))
        .contains(Versioned.of(Fixtures.poleSocial(), 1));
    assertThat(store.loadCommitment(UPE)).contains(Versioned.of(upe(), 1));
    assertThat(store.loadUnit(UnitId.of("msisf"))).isEmpty();
    assertThat(store.loadStrategy(StrategyId.of("indh"))).isEmpty();
  }

  @Test
  void commitments_are_read_by_their_lead_in_the_order_stored() {
    // given
    Commitment second = ImmutableCommitment.copyOf(upe()).withId(CommitmentId.of("upe-bis"));
    store.saveSnapshot(
        new Snapshot(
            record().units(), ImmutableList.of(), ImmutableList.of(upe(), upeDgpe(), second)),
        imported());

    // when / then
    assertThat(store.loadCommitmentsLedBy(List.of(UnitId.of("msisf"))))
        .containsExactly(upe(), second);
    assertThat(store.loadCommitmentsLedBy(List.of(UnitId.of("dgpe"), UnitId.of("msisf"))))
        .containsExactly(upe(), upeDgpe(), second);
    assertThat(store.loadCommitmentsLedBy(List.of(UnitId.of("dgas")))).isEmpty();
    assertThat(store.loadCommitmentsLedBy(List.of())).isEmpty();
  }

  // ------------------------------------------------------------------------------ snapshots

  @Test
  void saving_a_snapshot_again_replaces_everything_and_moves_kept_ids_one_version_on() {
    // given
    store.saveSnapshot(record(), imported());
    Snapshot next =
        new Snapshot(
            ImmutableList.of(
                Fixtures.unit(
                        "dgpe",
                        UnitKind.GENERAL_DIRECTORATE,
                        null,
                        "Direction générale de la protection de l’enfance")
                    .build(),
                Fixtures.unit(
                        "dpsv",
                        UnitKind.DIRECTORATE,
                        "dgpe",
                        "Direction de la prévention des situations de vulnérabilité")
                    .build()),
            ImmutableList.of(),
            ImmutableList.of(upe()));

    // when
    store.saveSnapshot(next, imported());

    // then
    assertThat(store.loadSnapshot()).isEqualTo(next);
    assertThat(store.countStored()).isEqualTo(new Counts(2, 0, 1));
    assertThat(store.loadUnit(UnitId.of("dgpe")).orElseThrow().version()).isEqualTo(2);
    assertThat(store.loadUnit(UnitId.of("dpsv")).orElseThrow().version()).isEqualTo(2);
    assertThat(store.loadUnit(UnitId.of("masspf"))).isEmpty();
    assertThat(store.loadStrategy(Fixtures.POLE_SOCIAL)).isEmpty();
    assertThat(store.loadCommitment(UPE).orElseThrow().version()).isEqualTo(2);
    assertThat(store.loadCommitment(UPE_DGPE)).isEmpty();
    assertThat(store.loadSubtree(UnitId.of("dgpe"), TODAY, OptionalInt.empty()))
        .extracting(u -> u.id().value())
        .containsExactly("dgpe", "dpsv");
    assertThat(store.loadSubtree(UnitId.of("masspf"), TODAY, OptionalInt.empty())).isEmpty();
  }

  @Test
  void a_snapshot_is_stored_with_its_audit_entry() {
    // given
    AuditEntry first =
        new AuditEntry(
            MORNING,
            "dsi",
            "snapshot.import",
            "snapshot",
            Optional.of("0 units"),
            Optional.of("9 units, 1 strategy, 2 commitments"),
            Optional.empty());
    AuditEntry second = entry("dsi", "snapshot.import", "snapshot");

    // when
    store.saveSnapshot(record(), first);
    store.saveSnapshot(record(), second);

    // then
    assertThat(store.entries()).containsExactly(first, second);
  }

  /**
   * The record restructured: the SG renamed in 2020, the directorate of the elderly moved under the
   * child protection in 2021, and that general directorate merged into the general directorate of
   * social action in 2024 (dates and name made up).
   */
  static Snapshot restructured() {
    Snapshot record = record();
    return new Snapshot(
        record.units(),
        record.strategies(),
        record.commitments(),
        ImmutableList.of(
            Restructuring.Rename.of(
                UnitId.of("sg"),
                Fixtures.fr("Secrétariat général du Ministère"),
                Optional.of("SGM"),
                PartialDate.parse("2020-03")),
            new Restructuring.Move(
                UnitId.of("dpa"),
                UnitId.of("dgpe"),
                PartialDate.parse("2021"),
                Optional.of("Arrêté n° 2021-004"),
                Optional.empty()),
            new Restructuring.Merge(
                ImmutableList.of(UnitId.of("dgas"), UnitId.of("dgpe")),
                UnitId.of("dgas"),
                Handover.NONE.withCommitments(UnitId.of("masspf"), List.of(UPE_DGPE)),
                PartialDate.parse("2024-01-01"),
                Optional.empty(),
                Optional.of("la DGAS absorbe la DGPE"))));
  }

  @Test
  void restructurings_read_back_as_given_and_units_are_read_across_time() {
    // given
    Snapshot restructured = restructured();

    // when
    store.saveSnapshot(restructured, imported());

    // then the record reads back as written: units as first established, the restructurings
    assertThat(store.loadSnapshot()).isEqualTo(restructured);
    assertThat(store.loadRestructurings()).isEqualTo(restructured.restructurings());
    assertThat(store.countStored()).isEqualTo(new Counts(9, 1, 2));
    // and the units are read with what the restructurings did to them
    assertThat(store.loadUnits()).isEqualTo(restructured.chart().units());
    OrgUnit sg = store.loadUnit(UnitId.of("sg")).orElseThrow().value();
    assertThat(sg.labelOn(LocalDate.of(2019, 1, 1))).isEqualTo("Secrétariat général");
    assertThat(sg.label()).isEqualTo("SGM — Secrétariat général du Ministère");
    assertThat(store.loadUnit(UnitId.of("dgpe")).orElseThrow().value().dissolved())
        .contains(PartialDate.parse("2023-12-31"));
    assertThat(store.loadUnit(UnitId.of("dgpe")).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void a_subtree_as_of_a_day_follows_the_restructurings() {
    // given
    store.saveSnapshot(restructured(), imported());
    UnitId masspf = UnitId.of("masspf");

    // when / then
    assertThat(
            ids(
                store.loadSubtree(
                    UnitId.of("dgas"), LocalDate.of(2020, 1, 1), OptionalInt.empty())))
        .containsExactly("dgas", "dpa");
    assertThat(
            ids(
                store.loadSubtree(
                    UnitId.of("dgpe"), LocalDate.of(2022, 1, 1), OptionalInt.empty())))
        .containsExactly("dpa", "dgpe", "dpsv", "daed");
    assertThat(ids(store.loadSubtree(masspf, LocalDate.of(2024, 1, 1), OptionalInt.of(1))))
        .doesNotContain("dgpe")
        .contains("dgas");
    assertThat(store.loadSubtree(UnitId.of("dgpe"), LocalDate.of(2024, 1, 1), OptionalInt.empty()))
        .isEmpty();
    assertThat(
            store
                .loadSubtree(UnitId.of("sg"), LocalDate.of(2020, 6, 1), OptionalInt.empty())
                .get(0)
                .labelOn(LocalDate.of(2020, 6, 1)))
        .isEqualTo("SGM — Secrétariat général du Ministère");
  }

  @Test
  void reads_made_together_answer_as_each_read_alone_the_restructurings_applied() {
    // given
    store.saveSnapshot(restructured(), imported());
    UnitId dgpe = UnitId.of("dgpe");
    LocalDate day = LocalDate.of(2022, 1, 1);

    // when the unit, its subtree, the commitments they lead and every unit are read together
    List<Object> together =
        store.readTogether(
            reads -> {
              ImmutableList<OrgUnit> subtree = reads.loadSubtree(dgpe, day, OptionalInt.empty());
              return List.of(
                  reads.loadUnit(dgpe).orElseThrow(),
                  subtree,
                  reads.loadCommitmentsLedBy(subtree.stream().map(OrgUnit::id).toList()),
                  reads.loadUnits(),
                  reads.loadCommitments(),
                  reads.loadUnitAsEstablished(dgpe).orElseThrow());
            });

    // then each is what the store answers to that read alone
    ImmutableList<OrgUnit> subtree = store.loadSubtree(dgpe, day, OptionalInt.empty());
    assertThat(ids(subtree)).containsExactly("dpa", "dgpe", "dpsv", "daed");
    assertThat(together)
        .containsExactly(
            store.loadUnit(dgpe).orElseThrow(),
            subtree,
            store.loadCommitmentsLedBy(subtree.stream().map(OrgUnit::id).toList()),
            store.loadUnits(),
            store.loadCommitments(),
            store.loadUnitAsEstablished(dgpe).orElseThrow());
    assertThat(together.get(3)).isEqualTo(restructured().chart().units());
  }

  @Test
  void a_snapshot_whose_restructuring_cannot_take_effect_is_refused_and_nothing_changes() {
    // given a merge of one unit
    store.saveSnapshot(record(), imported());
    Snapshot refused =
        new Snapshot(
            record().units(),
            record().strategies(),
            record().commitments(),
            ImmutableList.of(
                Restructuring.Merge.of(
                    ImmutableList.of(UnitId.of("dgas")),
                    UnitId.of("dgpe"),
                    PartialDate.parse("2024"))));

    // when / then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> store.saveSnapshot(refused, imported()))
        .withMessageStartingWith("the merge at /restructurings/0 cannot take effect");
    assertThat(store.loadSnapshot()).isEqualTo(record());
    assertThat(store.entries()).containsExactly(imported());
  }

  @Test
  void a_snapshot_with_two_units_of_one_id_is_refused_and_nothing_changes() {
    // given
    store.saveSnapshot(record(), imported());
    Snapshot twice =
        new Snapshot(
            ImmutableList.of(
                Fixtures.unit("dgpe", UnitKind.GENERAL_DIRECTORATE, null, "Direction générale")
                    .build(),
                Fixtures.unit("dgpe", UnitKind.DIRECTORATE, null, "Direction de l’enfance")
                    .build()),
            ImmutableList.of(),
            ImmutableList.of());

    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> store.saveSnapshot(twice, imported()));
    assertThat(store.loadSnapshot()).isEqualTo(record());
    assertThat(store.loadUnit(UnitId.of("dgpe")).orElseThrow().version()).isEqualTo(1);
    assertThat(store.entries()).containsExactly(imported());
  }

  @Test
  void a_snapshot_whose_units_sit_under_each_other_is_refused_and_nothing_changes() {
    // given the general directorate put under its own directorate from 2024 (made up)
    store.saveSnapshot(record(), imported());
    Snapshot looping =
        new Snapshot(
            Fixtures.changing(
                record().units(),
                "dgpe",
                dgpe ->
                    dgpe.withParents(
                        new ParentLink(UnitId.of("masspf"), Period.until(PartialDate.ofYear(2023))),
                        new ParentLink(UnitId.of("dpsv"), Period.from(PartialDate.ofYear(2024))))),
            ImmutableList.of(),
            ImmutableList.of());

    // when / then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> store.saveSnapshot(looping, imported()))
        .withMessageContaining("dgpe")
        .withMessageContaining("dpsv");
    assertThat(store.loadSnapshot()).isEqualTo(record());
    assertThat(store.entries()).containsExactly(imported());
  }

  @Test
  void a_snapshot_with_one_unit_under_another_at_two_times_each_way_is_accepted() {
    // given the elderly directorate under social action until 2015, then the other way (made up)
    Snapshot swapped =
        new Snapshot(
            Fixtures.changing(
                Fixtures.changing(
                    Fixtures.togoUnits(),
                    "dpa",
                    dpa ->
                        dpa.withParents(
                            new ParentLink(
                                UnitId.of("dgas"), Period.until(PartialDate.ofYear(2015))))),
                "dgas",
                dgas ->
                    dgas.withParents(
                        new ParentLink(UnitId.of("masspf"), Period.until(PartialDate.ofYear(2015))),
                        new ParentLink(UnitId.of("dpa"), Period.from(PartialDate.ofYear(2016))))),
            ImmutableList.of(),
            ImmutableList.of());

    // when
    store.saveSnapshot(swapped, imported());

    // then
    assertThat(
            ids(
                store.loadSubtree(
                    UnitId.of("dgas"), LocalDate.of(2010, 1, 1), OptionalInt.empty())))
        .containsExactly("dgas", "dpa");
    assertThat(ids(store.loadSubtree(UnitId.of("dpa"), TODAY, OptionalInt.empty())))
        .containsExactly("dgas", "dpa");
  }

  // ------------------------------------------------------------------------------ subtrees

  @Test
  void a_subtree_holds_the_unit_and_those_below_it_today_in_the_order_stored() {
    // given
    store.saveSnapshot(record(), imported());

    // when / then
    assertThat(ids(store.loadSubtree(UnitId.of("masspf"), TODAY, OptionalInt.empty())))
        .containsExactly("masspf", "sg", "dgas", "dpa", "dgpe", "dpsv", "daed");
    assertThat(ids(store.loadSubtree(UnitId.of("dgpe"), TODAY, OptionalInt.empty())))
        .containsExactly("dgpe", "dpsv", "daed");
    assertThat(ids(store.loadSubtree(UnitId.of("dpa"), TODAY, OptionalInt.empty())))
        .containsExactly("dpa");
    assertThat(store.loadSubtree(UnitId.of("dgpe"), TODAY, OptionalInt.empty()).get(0))
        .isEqualTo(record().units().get(4));
  }

  @Test
  void a_depth_stops_the_subtree_that_many_levels_below_the_unit() {
    // given
    store.saveSnapshot(record(), imported());

    // when / then
    assertThat(ids(store.loadSubtree(UnitId.of("masspf"), TODAY, OptionalInt.of(0))))
        .containsExactly("masspf");
    assertThat(ids(store.loadSubtree(UnitId.of("masspf"), TODAY, OptionalInt.of(1))))
        .containsExactly("masspf", "sg", "dgas", "dgpe");
    assertThat(ids(store.loadSubtree(UnitId.of("dgas"), TODAY, OptionalInt.of(5))))
        .containsExactly("dgas", "dpa");
  }

  @Test
  void a_subtree_as_of_a_day_is_the_structure_in_force_that_day() {
    // given the history of datedChart()
    store.saveSnapshot(datedChart(), imported());
    UnitId masspf = UnitId.of("masspf");

    // when / then
    assertThat(ids(store.loadSubtree(masspf, LocalDate.of(2019, 1, 1), OptionalInt.empty())))
        .containsExactly("masspf", "dgas", "dpa", "dgpe", "dpsv", "daed");
    assertThat(
            ids(store.loadSubtree(UnitId.of("dpa"), LocalDate.of(2023, 1, 1), OptionalInt.empty())))
        .as("the directorate stands alone while the general directorate above it is gone")
        .containsExactly("dpa");
    assertThat(ids(store.loadSubtree(masspf, LocalDate.of(2023, 1, 1), OptionalInt.empty())))
        .containsExactly("masspf", "sg", "dgpe", "dpsv", "daed", "cpe");
    assertThat(ids(store.loadSubtree(masspf, TODAY, OptionalInt.empty())))
        .containsExactly("masspf", "sg", "dpa", "dgpe", "dpsv", "cpe");
    assertThat(
            ids(
                store.loadSubtree(
                    UnitId.of("dpsv"), LocalDate.of(2021, 6, 1), OptionalInt.empty())))
        .containsExactly("dpsv");
    assertThat(store.loadSubtree(UnitId.of("dgas"), TODAY, OptionalInt.empty()))
        .as("a unit dissolved by the day asked has no subtree")
        .isEmpty();
    assertThat(store.loadSubtree(UnitId.of("dggpf"), TODAY, OptionalInt.empty())).isEmpty();
  }

  @Test
  void every_subtree_on_every_day_is_the_one_the_domain_derives_from_all_the_units() {
    // given
    Snapshot dated = datedChart();
    store.saveSnapshot(dated, imported());
    OrgChart chart = dated.chart();
    List<LocalDate> days = new ArrayList<>(chart.daysToCheck());
    days.add(LocalDate.of(2999, 12, 31));

    // when / then
    for (LocalDate day : days) {
      for (OrgUnit unit : dated.units()) {
        for (OptionalInt depth :
            List.of(OptionalInt.empty(), OptionalInt.of(0), OptionalInt.of(1), OptionalInt.of(2))) {
          assertThat(store.loadSubtree(unit.id(), day, depth))
              .as("below %s on %s, depth %s", unit.id(), day, depth)
              .isEqualTo(expectedSubtree(dated, unit.id(), day, depth));
        }
      }
    }
  }

  /**
   * The Togolese ministry with a history (every date made up): the general secretariat established
   * in June 2019; social action dissolved in June 2022, its elderly directorate standing alone
   * until moved under child protection in 2024; the vulnerability directorate detached during 2021;
   * a child protection cell from 15 March 2022; the child assistance directorate dissolved at the
   * end of 2025.
   */
  static Snapshot datedChart() {
    ImmutableList<OrgUnit> units = Fixtures.togoUnits();
    units =
        Fixtures.changing(
            units, "sg", sg -> sg.withLifetime(Period.from(PartialDate.ofMonth(2019, 6))));
    units =
        Fixtures.changing(
            units, "dgas", dgas -> dgas.withLifetime(Period.until(PartialDate.ofMonth(2022, 6))));
    units =
        Fixtures.changing(
            units,
            "dpa",
            dpa ->
                dpa.withParents(
                    new ParentLink(
                        UnitId.of("dgas"), Period.until(PartialDate.ofDay(2023, 12, 31))),
                    new ParentLink(UnitId.of("dgpe"), Period.from(PartialDate.ofDay(2024, 1, 1)))));
    units =
        Fixtures.changing(
            units,
            "dpsv",
            dpsv ->
                dpsv.withParents(
                    new ParentLink(UnitId.of("dgpe"), Period.until(PartialDate.ofYear(2020))),
                    new ParentLink(UnitId.of("dgpe"), Period.from(PartialDate.ofYear(2022)))));
    units =
        Fixtures.changing(
            units, "daed", daed -> daed.withLifetime(Period.until(PartialDate.ofYear(2025))));
    OrgUnit cpe =
        Fixtures.unit("cpe", UnitKind.CELL, "dpsv", "Cellule de protection de l’enfance")
            .lifetime(Period.from(PartialDate.ofDay(2022, 3, 15)))
            .build();
    return new Snapshot(
        ImmutableList.<OrgUnit>builder().addAll(units).add(cpe).build(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /** What the domain says the subtree is, from every unit, in the order stored. */
  private static ImmutableList<OrgUnit> expectedSubtree(
      Snapshot snapshot, UnitId root, LocalDate day, OptionalInt depth) {
    Set<UnitId> below = new HashSet<>();
    snapshot
        .chart()
        .on(day)
        .tree(Optional.of(root), depth.orElse(-1))
        .forEach(node -> collect(node, below));
    return snapshot.chart().units().stream()
        .filter(u -> below.contains(u.id()))
        .collect(ImmutableList.toImmutableList());
  }

  private static void collect(TreeNode node, Set<UnitId> ids) {
    ids.add(node.unit().id());
    node.children().forEach(child -> collect(child, ids));
  }

  private static List<String> ids(List<OrgUnit> units) {
    return units.stream().map(u -> u.id().value()).toList();
  }

  // ------------------------------------------------------------------------------ unit writes

  private static final LocalDate MOVE_DAY = LocalDate.of(2025, 1, 1);

  /** A child protection cell under the DPSV from 2025 (made up). */
  private static OrgUnit cpe() {
    return Fixtures.unit("cpe", UnitKind.CELL, null, "Cellule de protection de l’enfance")
        .lifetime(Period.from(PartialDate.ofYear(2025)))
        .addParents(new ParentLink(UnitId.of("dpsv"), Period.from(PartialDate.ofYear(2025))))
        .build();
  }

  private OrgUnit storedUnit(String id) {
    return store.loadUnit(UnitId.of(id)).orElseThrow().value();
  }

  private long versionOf(String id) {
    return store.loadUnit(UnitId.of(id)).orElseThrow().version();
  }

  @Test
  void a_new_unit_is_stored_at_version_1_last_with_its_entry_and_stands_in_its_parent_s_subtree() {
    // given
    store.saveSnapshot(record(), imported());
    AuditEntry created = entry("dsi", "unit.create", "unit/cpe");

    // when
    store.saveChanges(Changes.NONE.unit(cpe(), Versioned.NOT_STORED), created);

    // then
    assertThat(store.loadUnit(UnitId.of("cpe"))).contains(Versioned.of(cpe(), 1));
    assertThat(store.loadUnits()).hasSize(10).last().isEqualTo(cpe());
    assertThat(ids(store.loadSubtree(UnitId.of("dgpe"), TODAY, OptionalInt.empty())))
        .containsExactly("dgpe", "dpsv", "daed", "cpe");
    assertThat(
            ids(
                store.loadSubtree(
                    UnitId.of("dgpe"), LocalDate.of(2024, 12, 31), OptionalInt.empty())))
        .containsExactly("dgpe", "dpsv", "daed");
    assertThat(store.entries()).containsExactly(imported(), created);
    assertThatExceptionOfType(VersionConflict.class)
        .as("an id stored already")
        .isThrownBy(
            () -> store.saveChanges(Changes.NONE.unit(cpe(), Versioned.NOT_STORED), created))
        .satisfies(conflict -> assertThat(conflict.actual()).isEqualTo(1));
  }

  @Test
  void a_unit_is_changed_at_its_version_only_and_a_stale_one_changes_nothing() {
    // given
    store.saveSnapshot(record(), imported());
    OrgUnit named = ImmutableOrgUnit.copyOf(storedUnit("dpsv")).withAcronym("DPSV");
    AuditEntry first = entry("a", "unit.update", "unit/dpsv");

    // when
    store.saveChanges(Changes.NONE.unit(named, 1), first);

    // then
    assertThat(store.loadUnit(UnitId.of("dpsv"))).contains(Versioned.of(named, 2));
    assertThat(store.loadSnapshot().units()).contains(named).hasSize(9);
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(
            () ->
                store.saveChanges(
                    Changes.NONE.unit(ImmutableOrgUnit.copyOf(named).withStaff(4), 1),
                    entry("b", "unit.update", "unit/dpsv")))
        .satisfies(
            conflict -> {
              assertThat(conflict.aggregate()).isEqualTo("unit dpsv");
              assertThat(conflict.expected()).isEqualTo(1);
              assertThat(conflict.actual()).isEqualTo(2);
            });
    assertThat(store.loadUnit(UnitId.of("dpsv"))).contains(Versioned.of(named, 2));
    assertThat(store.entries()).containsExactly(imported(), first);
  }

  @Test
  void a_moved_unit_takes_its_whole_subtree_along_from_the_day_of_the_move() {
    // given the child protection directorate put under social action from 2025 (made up)
    store.saveSnapshot(record(), imported());
    OrgUnit moved =
        ImmutableOrgUnit.copyOf(storedUnit("dgpe"))
            .withParents(
                new ParentLink(UnitId.of("masspf"), Period.until(PartialDate.ofDay(2024, 12, 31))),
                new ParentLink(UnitId.of("dgas"), Period.from(PartialDate.of(MOVE_DAY))));

    // when
    store.saveChanges(Changes.NONE.unit(moved, 1), entry("dsi", "unit.move", "unit/dgpe"));

    // then
    LocalDate before = MOVE_DAY.minusDays(1);
    assertThat(ids(store.loadSubtree(UnitId.of("dgas"), before, OptionalInt.empty())))
        .containsExactly("dgas", "dpa");
    assertThat(ids(store.loadSubtree(UnitId.of("dgas"), MOVE_DAY, OptionalInt.empty())))
        .containsExactly("dgas", "dpa", "dgpe", "dpsv", "daed");
    assertThat(ids(store.loadSubtree(UnitId.of("dgas"), MOVE_DAY, OptionalInt.of(1))))
        .containsExactly("dgas", "dpa", "dgpe");
    assertThat(ids(store.loadSubtree(UnitId.of("masspf"), MOVE_DAY, OptionalInt.of(1))))
        .containsExactly("masspf", "sg", "dgas");
    assertThat(ids(store.loadSubtree(UnitId.of("masspf"), before, OptionalInt.of(1))))
        .containsExactly("masspf", "sg", "dgas", "dgpe");
    assertThat(store.listUnits(listing(MOVE_DAY, "dgpe")))
        .extracting(placed -> placed.parent().orElseThrow().value())
        .containsExactly("dgpe", "dgpe");
    everySubtreeIsTheDomains(store.loadSnapshot());
  }

  @Test
  void moving_a_unit_that_has_moved_before_keeps_every_subtree_on_every_day_the_domain_s() {
    // given the history of datedChart(), then the vulnerability directorate moved under social
    // action from 2021 to 2023, while the cell under it is established (made up)
    store.saveSnapshot(datedChart(), imported());
    OrgUnit dpsv =
        ImmutableOrgUnit.copyOf(storedUnit("dpsv"))
            .withParents(
                new ParentLink(UnitId.of("dgpe"), Period.until(PartialDate.ofYear(2020))),
                new ParentLink(
                    UnitId.of("dgas"),
                    Period.of(PartialDate.ofYear(2021), PartialDate.ofYear(2023))),
                new ParentLink(UnitId.of("dgpe"), Period.from(PartialDate.ofYear(2024))));

    // when
    store.saveChanges(Changes.NONE.unit(dpsv, 1), entry("dsi", "unit.move", "unit/dpsv"));

    // then
    assertThat(
            ids(
                store.loadSubtree(
                    UnitId.of("dgas"), LocalDate.of(2022, 5, 1), OptionalInt.empty())))
        .containsExactly("dgas", "dpa", "dpsv", "cpe");
    everySubtreeIsTheDomains(store.loadSnapshot());
  }

  @Test
  void a_dissolved_unit_has_no_subtree_after_its_last_day() {
    // given
    store.saveSnapshot(record(), imported());
    OrgUnit dissolved =
        ImmutableOrgUnit.copyOf(storedUnit("dpa"))
            .withLifetime(Period.until(PartialDate.ofDay(2024, 12, 31)));

    // when
    store.saveChanges(Changes.NONE.unit(dissolved, 1), entry("dsi", "unit.dissolve", "unit/dpa"));

    // then
    assertThat(ids(store.loadSubtree(UnitId.of("dgas"), MOVE_DAY, OptionalInt.empty())))
        .containsExactly("dgas");
    assertThat(
            ids(store.loadSubtree(UnitId.of("dgas"), MOVE_DAY.minusDays(1), OptionalInt.empty())))
        .containsExactly("dgas", "dpa");
    assertThat(store.loadSubtree(UnitId.of("dpa"), MOVE_DAY, OptionalInt.empty())).isEmpty();
    assertThat(store.loadUnit(UnitId.of("dpa"))).contains(Versioned.of(dissolved, 2));
  }

  private Versioned<OrgUnit> established(String id) {
    return store.loadUnitAsEstablished(UnitId.of(id)).orElseThrow();
  }

  /** {@code changes} and every unit {@code restructuring} names, written back as established. */
  private Changes withUnitsNamed(Restructuring restructuring) {
    Changes changes = Changes.NONE;
    for (UnitId named : restructuring.unitsNamed()) {
      Versioned<OrgUnit> stored = established(named.value());
      changes = changes.unit(stored.value(), stored.version());
    }
    return changes.restructuring(restructuring);
  }

  @Test
  void a_change_after_a_rename_is_written_as_established_and_the_rename_applies_once() {
    // given the SG renamed in 2020
    store.saveSnapshot(restructured(), imported());
    Versioned<OrgUnit> sg = established("sg");
    OrgUnit staffed = ImmutableOrgUnit.copyOf(sg.value()).withStaff(12);

    // when
    store.saveChanges(
        Changes.NONE.unit(staffed, sg.version()), entry("a", "unit.update", "unit/sg"));

    // then
    assertThat(store.loadUnitAsEstablished(UnitId.of("sg"))).contains(Versioned.of(staffed, 2));
    OrgUnit read = storedUnit("sg");
    assertThat(read.names())
        .extracting(name -> name.name().text())
        .containsExactly("Secrétariat général", "Secrétariat général du Ministère");
    assertThat(read.staff()).hasValue(12);
    assertThat(read.label()).isEqualTo("SGM — Secrétariat général du Ministère");
    assertThat(store.loadSnapshot().restructurings()).isEqualTo(restructured().restructurings());
  }

  @Test
  void a_move_appended_through_the_port_places_the_unit_from_its_date_and_moves_versions_on() {
    // given the child protection directorate put under social action from 2025 (made up)
    store.saveSnapshot(record(), imported());
    OrgUnit dgpe = established("dgpe").value();
    Restructuring move =
        Restructuring.Move.of(UnitId.of("dgpe"), UnitId.of("dgas"), PartialDate.of(MOVE_DAY));
    AuditEntry moved = entry("dsi", "unit.move", "unit/dgpe");

    // when
    store.saveChanges(withUnitsNamed(move), moved);

    // then the unit as established is unchanged, the move is in the record
    assertThat(store.loadUnitAsEstablished(UnitId.of("dgpe"))).contains(Versioned.of(dgpe, 2));
    assertThat(versionOf("dgas")).isEqualTo(2);
    assertThat(store.loadSnapshot().restructurings()).containsExactly(move);
    assertThat(store.entries()).containsExactly(imported(), moved);
    // and the unit is read under its new parent from the day of the move only
    LocalDate before = MOVE_DAY.minusDays(1);
    assertThat(storedUnit("dgpe").parentOn(before)).contains(UnitId.of("masspf"));
    assertThat(storedUnit("dgpe").parentOn(MOVE_DAY)).contains(UnitId.of("dgas"));
    assertThat(ids(store.loadSubtree(UnitId.of("dgas"), before, OptionalInt.empty())))
        .containsExactly("dgas", "dpa");
    assertThat(ids(store.loadSubtree(UnitId.of("dgas"), MOVE_DAY, OptionalInt.empty())))
        .containsExactly("dgas", "dpa", "dgpe", "dpsv", "daed");
    assertThat(store.listUnits(listing(MOVE_DAY, "dgas")))
        .extracting(placed -> placed.unit().id().value())
        .containsExactly("dgpe", "dpa");
    everySubtreeIsTheDomains(store.loadSnapshot());
  }

  /**
   * The record with the DAED leading the second commitment, and merged into the DPSV in 2024 by a
   * merge that hands the commitment to the DPA (made up).
   */
  private static Snapshot handingOverACommitment() {
    Snapshot base = record();
    return new Snapshot(
        base.units(),
        base.strategies(),
        ImmutableList.of(upe(), ImmutableCommitment.copyOf(upeDgpe()).withLead(UnitId.of("daed"))),
        ImmutableList.of(
            new Restructuring.Merge(
                ImmutableList.of(UnitId.of("daed"), UnitId.of("dpsv")),
                UnitId.of("dpsv"),
                Handover.NONE.withCommitments(UnitId.of("dpa"), List.of(UPE_DGPE)),
                PartialDate.ofDay(2024, 1, 1),
                Optional.empty(),
                Optional.empty())));
  }

  @Test
  void a_record_whose_handover_names_a_commitment_takes_later_changes_of_its_structure() {
    // given
    store.saveSnapshot(handingOverACommitment(), imported());
    Restructuring move =
        Restructuring.Move.of(UnitId.of("dgpe"), UnitId.of("dgas"), PartialDate.of(MOVE_DAY));

    // when
    store.saveChanges(withUnitsNamed(move), entry("dsi", "unit.move", "unit/dgpe"));

    // then
    assertThat(store.loadSnapshot().restructurings()).hasSize(2).endsWith(move);
    assertThat(storedUnit("dgpe").parentOn(MOVE_DAY)).contains(UnitId.of("dgas"));
    assertThat(store.loadSnapshot().replay().refusals()).isEmpty();
  }

  @Test
  void a_handover_of_a_commitment_no_unit_it_ends_leads_is_refused_and_nothing_is_written() {
    // given the first commitment, which the DGAS does not lead
    store.saveSnapshot(record(), imported());
    Restructuring dissolve =
        new Restructuring.Dissolve(
            UnitId.of("dgas"),
            ImmutableList.of(),
            Handover.NONE.withCommitments(UnitId.of("dgpe"), List.of(UPE_DGPE)),
            PartialDate.of(MOVE_DAY),
            Optional.empty(),
            Optional.empty());

    // when / then
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                store.saveChanges(
                    withUnitsNamed(dissolve), entry("dsi", "unit.dissolve", "unit/dgas")))
        .withMessageContaining("commitment 'upe-dgpe' is not held by a unit");
    assertThat(store.loadSnapshot().restructurings()).isEmpty();
    assertThat(versionOf("dgas")).isEqualTo(1);
    assertThat(store.entries()).containsExactly(imported());
  }

  @Test
  void a_change_told_under_several_subjects_appends_every_entry_in_their_order() {
    // given
    store.saveSnapshot(record(), imported());
    Restructuring merge =
        Restructuring.Merge.of(
            ImmutableList.of(UnitId.of("daed"), UnitId.of("dpsv")),
            UnitId.of("dpsv"),
            PartialDate.of(MOVE_DAY));
    AuditEntry first = entry("dsi", "unit.merge", "unit/dpsv");
    AuditEntry second = entry("dsi", "unit.merge", "unit/daed");

    // when
    store.saveChanges(withUnitsNamed(merge), ImmutableList.of(first, second));

    // then
    assertThat(store.entries()).containsExactly(imported(), first, second);
    assertThat(store.entriesAbout("unit/daed")).containsExactly(second);
    assertThat(store.latestEntries(Optional.of("unit/dpsv"), OptionalLong.empty(), 10))
        .extracting(Numbered::entry)
        .containsExactly(first);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                store.saveChanges(
                    Changes.NONE.unit(established("dgas").value(), 1), ImmutableList.of()));
    assertThat(versionOf("dgas")).isEqualTo(1);
  }

  @Test
  void a_dissolution_appended_through_the_port_ends_the_unit_the_day_before_its_date() {
    // given
    store.saveSnapshot(record(), imported());
    Restructuring dissolve =
        Restructuring.Dissolve.of(UnitId.of("dpa"), ImmutableList.of(), PartialDate.of(MOVE_DAY));

    // when
    store.saveChanges(withUnitsNamed(dissolve), entry("dsi", "unit.dissolve", "unit/dpa"));

    // then
    assertThat(storedUnit("dpa").dissolved()).contains(PartialDate.ofDay(2024, 12, 31));
    assertThat(established("dpa").value().dissolved()).isEmpty();
    assertThat(versionOf("dpa")).isEqualTo(2);
    assertThat(ids(store.loadSubtree(UnitId.of("dgas"), MOVE_DAY, OptionalInt.empty())))
        .containsExactly("dgas");
    assertThat(
            ids(store.loadSubtree(UnitId.of("dgas"), MOVE_DAY.minusDays(1), OptionalInt.empty())))
        .containsExactly("dgas", "dpa");
    assertThat(store.loadSubtree(UnitId.of("dpa"), MOVE_DAY, OptionalInt.empty())).isEmpty();
    everySubtreeIsTheDomains(store.loadSnapshot());
  }

  @Test
  void a_restructuring_that_cannot_take_effect_is_refused_and_nothing_changes() {
    // given
    store.saveSnapshot(record(), imported());
    Restructuring under =
        Restructuring.Move.of(UnitId.of("masspf"), UnitId.of("dpa"), PartialDate.of(MOVE_DAY));

    // when / then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> store.saveChanges(withUnitsNamed(under), entry("a", "unit.move", "x")));
    assertThat(store.loadSnapshot()).isEqualTo(record());
    assertThat(versionOf("masspf")).isEqualTo(1);
    assertThat(store.entries()).containsExactly(imported());
  }

  @Test
  void changes_are_stored_all_together_or_not_at_all_when_one_version_is_stale() {
    // given
    store.saveSnapshot(record(), imported());
    OrgUnit renamed = ImmutableOrgUnit.copyOf(storedUnit("dpsv")).withAcronym("DPSV");
    store.saveChanges(Changes.NONE.unit(renamed, 1), entry("a", "unit.update", "unit/dpsv"));
    OrgUnit daed = ImmutableOrgUnit.copyOf(storedUnit("daed")).withStaff(7);
    Changes several =
        Changes.NONE
            .unit(daed, 1)
            .unit(cpe(), Versioned.NOT_STORED)
            .commitment(withSuivi(upeDgpe(), 80), 1)
            .unit(ImmutableOrgUnit.copyOf(renamed).withStaff(3), 1);

    // when / then
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> store.saveChanges(several, entry("b", "unit.merge", "unit/dgpe")))
        .satisfies(conflict -> assertThat(conflict.aggregate()).isEqualTo("unit dpsv"));
    assertThat(store.loadUnit(UnitId.of("daed")).orElseThrow().version()).isEqualTo(1);
    assertThat(store.loadUnit(UnitId.of("cpe"))).isEmpty();
    assertThat(store.loadCommitment(UPE_DGPE)).contains(Versioned.of(upeDgpe(), 1));
    assertThat(store.loadUnit(UnitId.of("dpsv"))).contains(Versioned.of(renamed, 2));
    assertThat(ids(store.loadSubtree(UnitId.of("dpsv"), TODAY, OptionalInt.empty())))
        .containsExactly("dpsv");
    assertThat(store.entries()).hasSize(2);
  }

  @Test
  void several_units_and_a_commitment_are_stored_in_one_step_with_one_entry() {
    // given
    store.saveSnapshot(record(), imported());
    OrgUnit daed =
        ImmutableOrgUnit.copyOf(storedUnit("daed"))
            .withLifetime(Period.until(PartialDate.ofDay(2024, 12, 31)));
    Commitment handedOver = ImmutableCommitment.copyOf(upeDgpe()).withLead(UnitId.of("cpe"));
    AuditEntry merged = entry("dsi", "unit.merge", "unit/cpe");

    // when
    store.saveChanges(
        Changes.NONE.unit(daed, 1).unit(cpe(), Versioned.NOT_STORED).commitment(handedOver, 1),
        merged);

    // then
    assertThat(store.loadUnit(UnitId.of("daed")).orElseThrow().version()).isEqualTo(2);
    assertThat(store.loadUnit(UnitId.of("cpe")).orElseThrow().version()).isEqualTo(1);
    assertThat(store.loadCommitment(UPE_DGPE)).contains(Versioned.of(handedOver, 2));
    assertThat(store.loadCommitmentsLedBy(List.of(UnitId.of("cpe")))).containsExactly(handedOver);
    assertThat(ids(store.loadSubtree(UnitId.of("dgpe"), TODAY, OptionalInt.empty())))
        .containsExactly("dgpe", "dpsv", "cpe");
    assertThat(store.entries()).containsExactly(imported(), merged);
  }

  @Test
  void a_change_that_would_make_units_sit_under_each_other_is_refused_and_nothing_changes() {
    // given
    store.saveSnapshot(record(), imported());
    OrgUnit looping =
        ImmutableOrgUnit.copyOf(storedUnit("dgpe"))
            .withParents(ParentLink.always(UnitId.of("dpsv")));

    // when / then
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                store.saveChanges(
                    Changes.NONE.unit(looping, 1), entry("x", "unit.move", "unit/dgpe")))
        .withMessageContaining("dgpe");
    assertThat(store.loadSnapshot()).isEqualTo(record());
    assertThat(ids(store.loadSubtree(UnitId.of("masspf"), TODAY, OptionalInt.empty())))
        .containsExactly("masspf", "sg", "dgas", "dpa", "dgpe", "dpsv", "daed");
    assertThat(store.entries()).containsExactly(imported());
  }

  @Test
  void concurrent_writers_of_one_unit_each_win_one_version_and_lose_none() throws Exception {
    // given writers that each set the headcount of the DPSV, reading again after every conflict
    store.saveSnapshot(record(), imported());
    int writers = 6;
    int writesEach = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      results.add(
          pool.submit(
              () -> {
                start.await();
                List<Long> versions = new ArrayList<>();
                for (int i = 0; i < writesEach; i++) {
                  versions.add(staffUntilAccepted(writer * 100 + i, "writer-" + writer));
                }
                return versions;
              }));
    }

    // when
    start.countDown();
    List<Long> acknowledged = new ArrayList<>();
    for (Future<List<Long>> result : results) {
      acknowledged.addAll(result.get(90, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    // then every version from 2 on was won by exactly one writer, each with its entry
    int total = writers * writesEach;
    assertThat(acknowledged.stream().sorted().toList())
        .containsExactlyElementsOf(LongStream.rangeClosed(2, total + 1L).boxed().toList());
    assertThat(versionOf("dpsv")).isEqualTo(total + 1L);
    assertThat(store.entriesAbout("unit/dpsv")).hasSize(total);
    assertThat(ids(store.loadSubtree(UnitId.of("dgpe"), TODAY, OptionalInt.empty())))
        .containsExactly("dgpe", "dpsv", "daed");
  }

  /** Sets the DPSV's headcount, reading again after each conflict; answers the version written. */
  private long staffUntilAccepted(int staff, String actor) {
    while (true) {
      Versioned<OrgUnit> read = store.loadUnit(UnitId.of("dpsv")).orElseThrow();
      try {
        store.saveChanges(
            Changes.NONE.unit(
                ImmutableOrgUnit.copyOf(read.value()).withStaff(staff), read.version()),
            entry(actor, "unit.update", "unit/dpsv"));
        return read.version() + 1;
      } catch (VersionConflict conflict) {
        // Another writer won this version: try again on top of its result.
      }
    }
  }

  private void everySubtreeIsTheDomains(Snapshot stored) {
    OrgChart chart = stored.chart();
    List<LocalDate> days = new ArrayList<>(chart.daysToCheck());
    days.add(LocalDate.of(2999, 12, 31));
    for (LocalDate day : days) {
      for (OrgUnit unit : stored.units()) {
        assertThat(store.loadSubtree(unit.id(), day, OptionalInt.empty()))
            .as("below %s on %s", unit.id(), day)
            .isEqualTo(expectedSubtree(stored, unit.id(), day, OptionalInt.empty()));
      }
    }
  }

  // ------------------------------------------------------------------------------ unit lists

  private static ListUnitsPort.Listing listing(LocalDate day, String parent) {
    return new ListUnitsPort.Listing(
        day, Optional.of(UnitId.of(parent)), Optional.empty(), Optional.empty(), 100);
  }

  @Test
  void a_list_of_units_comes_in_the_order_of_their_ids_a_page_after_another() {
    // given
    store.saveSnapshot(record(), imported());

    // when
    ImmutableList<ListUnitsPort.Placed> first =
        store.listUnits(
            new ListUnitsPort.Listing(
                TODAY, Optional.empty(), Optional.empty(), Optional.empty(), 4));
    ImmutableList<ListUnitsPort.Placed> second =
        store.listUnits(
            new ListUnitsPort.Listing(
                TODAY, Optional.empty(), Optional.empty(), Optional.of(UnitId.of("dgpe")), 4));

    // then
    assertThat(placedIds(first)).containsExactly("cpdh", "daed", "das", "dgas");
    assertThat(placedIds(second)).containsExactly("dpa", "dpsv", "masspf", "sg");
    assertThat(first.get(1).unit()).isEqualTo(storedUnit("daed"));
    assertThat(first.get(1).parent()).contains(UnitId.of("dgpe"));
    assertThat(first.get(0).parent()).isEmpty();
  }

  @Test
  void a_list_below_a_parent_or_of_a_kind_holds_those_in_force_on_the_day_asked() {
    // given
    store.saveSnapshot(datedChart(), imported());

    // when / then
    assertThat(placedIds(store.listUnits(listing(LocalDate.of(2019, 1, 1), "dgas"))))
        .containsExactly("dpa");
    assertThat(placedIds(store.listUnits(listing(LocalDate.of(2023, 1, 1), "dgas")))).isEmpty();
    assertThat(placedIds(store.listUnits(listing(TODAY, "dgpe")))).containsExactly("dpa", "dpsv");
    assertThat(placedIds(store.listUnits(listing(TODAY, "dpsv")))).containsExactly("cpe");
    assertThat(
            placedIds(
                store.listUnits(
                    new ListUnitsPort.Listing(
                        LocalDate.of(2019, 1, 1),
                        Optional.empty(),
                        Optional.of(UnitKind.DIRECTORATE),
                        Optional.of(UnitId.of("daed")),
                        10))))
        .containsExactly("dpa", "dpsv");
  }

  @Test
  void every_list_on_every_day_is_the_structure_the_domain_derives_paged_in_id_order() {
    // given
    Snapshot dated = datedChart();
    store.saveSnapshot(dated, imported());
    List<LocalDate> days = new ArrayList<>(dated.chart().daysToCheck());

    // when / then
    for (LocalDate day : days) {
      Hierarchy expected = dated.chart().on(day);
      List<ListUnitsPort.Placed> paged = new ArrayList<>();
      Optional<UnitId> after = Optional.empty();
      ImmutableList<ListUnitsPort.Placed> page;
      do {
        page =
            store.listUnits(
                new ListUnitsPort.Listing(day, Optional.empty(), Optional.empty(), after, 2));
        paged.addAll(page);
        after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).unit().id());
      } while (page.size() == 2);
      assertThat(paged)
          .as("on %s", day)
          .isEqualTo(
              expected.units().stream()
                  .sorted(java.util.Comparator.comparing(OrgUnit::id))
                  .map(u -> new ListUnitsPort.Placed(u, expected.parent(u.id())))
                  .toList());
    }
  }

  @Test
  void the_children_of_a_unit_are_those_placed_under_it_at_any_time() {
    // given
    store.saveSnapshot(datedChart(), imported());

    // when / then
    assertThat(ids(store.loadChildren(UnitId.of("dgpe")))).containsExactly("dpa", "dpsv", "daed");
    assertThat(ids(store.loadChildren(UnitId.of("dgas")))).containsExactly("dpa");
    assertThat(store.loadChildren(UnitId.of("cpe"))).isEmpty();
    assertThat(store.loadChildren(UnitId.of("dpsv")).get(0)).isEqualTo(datedChart().units().get(7));
  }

  // ------------------------------------------------------------------------------ audit pages

  @Test
  void the_latest_entries_come_newest_first_a_page_below_another() {
    // given
    store.saveSnapshot(record(), imported());
    AuditEntry suivi = entry("a", "activity.progress", "commitment/upe/activity/suivi");
    AuditEntry other = entry("b", "activity.progress", "commitment/upe-dgpe/activity/suivi");
    AuditEntry whole = entry("c", "commitment.update", "commitment/upe");
    store.saveCommitment(upe(), 1, suivi);
    store.saveCommitment(upeDgpe(), 1, other);
    store.saveCommitment(upe(), 2, whole);

    // when
    ImmutableList<Numbered> newest = store.latestEntries(Optional.empty(), OptionalLong.empty(), 3);
    ImmutableList<Numbered> older =
        store.latestEntries(Optional.empty(), OptionalLong.of(newest.get(2).number()), 3);
    ImmutableList<Numbered> aboutUpe =
        store.latestEntries(Optional.of("commitment/upe"), OptionalLong.empty(), 10);

    // then
    assertThat(newest).extracting(Numbered::entry).containsExactly(whole, other, suivi);
    assertThat(newest)
        .extracting(Numbered::number)
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(older).extracting(Numbered::entry).containsExactly(imported());
    assertThat(aboutUpe).extracting(Numbered::entry).containsExactly(whole, suivi);
    assertThat(store.latestEntries(Optional.of("commitment/up_"), OptionalLong.empty(), 10))
        .as("no wildcard")
        .isEmpty();
    assertThat(
            store.latestEntries(
                Optional.of("commitment/upe"), OptionalLong.of(aboutUpe.get(1).number()), 10))
        .isEmpty();
  }

  private static List<String> placedIds(List<ListUnitsPort.Placed> placed) {
    return placed.stream().map(p -> p.unit().id().value()).toList();
  }

  // ------------------------------------------------------------------------------ commitments

  @Test
  void saving_a_commitment_at_its_version_stores_it_under_the_next_one_in_place_with_its_entry() {
    // given
    store.saveSnapshot(record(), imported());
    Commitment reported = withSuivi(upe(), 55);
    AuditEntry entry =
        new AuditEntry(
            MORNING,
            "point-focal-msisf",
            "activity.progress",
            "commitment/upe/activity/suivi",
            Optional.of("in-progress, 30%"),
            Optional.of("in-progress, 55%"),
            Optional.of("rapport semestriel reçu"));

    // when
    long version = store.saveCommitment(reported, 1, entry);

    // then
    assertThat(version).isEqualTo(2);
    assertThat(store.loadCommitment(UPE)).contains(Versioned.of(reported, 2));
    assertThat(store.loadCommitments()).containsExactly(reported, upeDgpe());
    assertThat(store.loadSnapshot().commitments()).containsExactly(reported, upeDgpe());
    assertThat(store.loadCommitment(UPE_DGPE).orElseThrow().version()).isEqualTo(1);
    assertThat(store.entries()).containsExactly(imported(), entry);
  }

  @Test
  void saving_a_commitment_at_a_stale_version_is_refused_the_stored_one_kept_and_nothing_audited() {
    // given
    store.saveSnapshot(record(), imported());
    Commitment first = withSuivi(upe(), 55);
    AuditEntry accepted =
        entry("redacteur-a", "activity.progress", "commitment/upe/activity/suivi");
    store.saveCommitment(first, 1, accepted);

    // when / then
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(
            () ->
                store.saveCommitment(
                    withSuivi(upe(), 60),
                    1,
                    entry("redacteur-b", "activity.progress", "commitment/upe/activity/suivi")))
        .satisfies(
            conflict -> {
              assertThat(conflict.aggregate()).isEqualTo("commitment upe");
              assertThat(conflict.expected()).isEqualTo(1);
              assertThat(conflict.actual()).isEqualTo(2);
            });
    assertThat(store.loadCommitment(UPE)).contains(Versioned.of(first, 2));
    assertThat(store.entries()).containsExactly(imported(), accepted);
  }

  @Test
  void the_revision_changes_with_each_accepted_write_and_stays_as_it_is_over_reads() {
    // given
    long empty = store.revision();

    // when / then
    store.loadSnapshot();
    store.loadUnits();
    assertThat(store.revision()).isEqualTo(empty);

    store.saveSnapshot(record(), imported());
    long imported = store.revision();
    assertThat(imported).isNotEqualTo(empty);
    store.loadCommitment(UPE);
    store.readTogether(reads -> reads.loadSubtree(UnitId.of("masspf"), TODAY, OptionalInt.empty()));
    assertThat(store.revision()).isEqualTo(imported);

    store.saveCommitment(
        withSuivi(upe(), 55),
        1,
        entry("redacteur-a", "activity.progress", "commitment/upe/activity/suivi"));
    long reported = store.revision();
    assertThat(reported).isNotIn(empty, imported);
    store.loadCommitments();
    assertThat(store.revision()).isEqualTo(reported);
  }

  @Test
  void a_new_commitment_is_saved_at_version_0_only_and_comes_last() {
    // given
    store.saveSnapshot(record(), imported());
    Commitment fresh = ImmutableCommitment.copyOf(upe()).withId(CommitmentId.of("cppe"));
    AuditEntry created = entry("dsi", "commitment.create", "commitment/cppe");

    // when / then
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> store.saveCommitment(fresh, 1, created))
        .satisfies(conflict -> assertThat(conflict.actual()).isZero());
    assertThat(store.saveCommitment(fresh, Versioned.NOT_STORED, created)).isEqualTo(1);
    assertThat(store.loadCommitment(fresh.id())).contains(Versioned.of(fresh, 1));
    assertThat(store.loadCommitments()).containsExactly(upe(), upeDgpe(), fresh);
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> store.saveCommitment(fresh, Versioned.NOT_STORED, created))
        .satisfies(conflict -> assertThat(conflict.actual()).isEqualTo(1));
    assertThat(store.entries()).containsExactly(imported(), created);
  }

  // ------------------------------------------------------------------------------ audit log

  @Test
  void audit_entries_read_back_whole_in_the_order_written_and_earlier_reads_never_change() {
    // given
    store.saveSnapshot(record(), imported());
    ImmutableList<AuditEntry> before = store.entries();
    AuditEntry reported =
        new AuditEntry(
            MORNING.plusNanos(123_456_000),
            "point-focal-msisf",
            "indicator.measurement",
            "commitment/upe/indicator/rapports",
            Optional.empty(),
            Optional.of("2025: 5"),
            Optional.of("rapport « annuel » — 2025"));

    // when
    store.saveCommitment(upe(), 1, reported);

    // then
    assertThat(store.entries()).containsExactly(imported(), reported);
    assertThat(before).containsExactly(imported());
  }

  @Test
  void entries_about_a_subject_are_those_about_it_and_within_it_only() {
    // given
    store.saveSnapshot(record(), imported());
    AuditEntry suivi = entry("a", "activity.progress", "commitment/upe/activity/suivi");
    AuditEntry other = entry("b", "activity.progress", "commitment/upe-dgpe/activity/suivi");
    AuditEntry whole = entry("c", "commitment.update", "commitment/upe");
    store.saveCommitment(upe(), 1, suivi);
    store.saveCommitment(upeDgpe(), 1, other);
    store.saveCommitment(upe(), 2, whole);

    // when / then
    assertThat(store.entriesAbout("commitment/upe")).containsExactly(suivi, whole);
    assertThat(store.entriesAbout("commitment/upe-dgpe")).containsExactly(other);
    assertThat(store.entriesAbout("commitment")).containsExactly(suivi, other, whole);
    assertThat(store.entriesAbout("snapshot")).containsExactly(imported());
    assertThat(store.entriesAbout("commitment/up_")).as("no wildcard").isEmpty();
    assertThat(store.entriesAbout("commitment/%")).as("no wildcard").isEmpty();
    assertThat(store.entriesAbout("commitment/upe/activity")).containsExactly(suivi);
  }

  // ------------------------------------------------------------------------------ concurrency

  @Test
  void concurrent_writers_lose_no_acknowledged_write_and_each_version_has_one_winner()
      throws Exception {
    // given writers that each add measurements, reading again after every conflict, and a
    // reader that checks no change is ever seen without its entry or an entry without its change
    store.saveSnapshot(record(), imported());
    int writers = 8;
    int writesEach = 50;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Future<List<long[]>>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      Callable<List<long[]>> job =
          () -> {
            start.await();
            List<long[]> acknowledged = new ArrayList<>();
            for (int i = 0; i < writesEach; i++) {
              long value = writer * 1000L + i;
              acknowledged.add(new long[] {value, measureUntilAccepted(value, "writer-" + writer)});
            }
            return acknowledged;
          };
      results.add(pool.submit(job));
    }
    Future<Integer> reader =
        pool.submit(
            () -> {
              start.await();
              int checks = 0;
              do {
                long entriesFirst = store.entriesAbout("commitment/upe").size();
                long version = store.loadCommitment(UPE).orElseThrow().version();
                long entriesAfter = store.entriesAbout("commitment/upe").size();
                assertThat(entriesFirst)
                    .as("entries never ahead of changes")
                    .isLessThanOrEqualTo(version - 1);
                assertThat(entriesAfter)
                    .as("changes never ahead of entries")
                    .isGreaterThanOrEqualTo(version - 1);
                checks++;
              } while (writing.get());
              return checks;
            });

    // when
    start.countDown();
    List<long[]> acknowledged = new ArrayList<>();
    for (Future<List<long[]>> result : results) {
      acknowledged.addAll(result.get(90, TimeUnit.SECONDS));
    }
    writing.set(false);
    assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    // then every acknowledged value is stored once, and the versions answered are 2 to N + 1
    int total = writers * writesEach;
    Versioned<Commitment> stored = store.loadCommitment(UPE).orElseThrow();
    assertThat(stored.version()).isEqualTo(total + 1L);
    List<Long> measured =
        stored.value().indicator(RAPPORTS).orElseThrow().measurements().stream()
            .skip(1)
            .map(m -> m.value().longValueExact())
            .toList();
    assertThat(measured)
        .hasSize(total)
        .containsExactlyInAnyOrderElementsOf(acknowledged.stream().map(a -> a[0]).toList());
    assertThat(acknowledged.stream().map(a -> a[1]).sorted().toList())
        .containsExactlyElementsOf(LongStream.rangeClosed(2, total + 1L).boxed().toList());
    assertThat(store.entriesAbout("commitment/upe"))
        .hasSize(total)
        .hasSize((int) (stored.version() - 1));
  }

  /**
   * Adds {@code value} to the indicator, reading again after each conflict; answers the version.
   */
  private long measureUntilAccepted(long value, String actor) {
    while (true) {
      Versioned<Commitment> read = store.loadCommitment(UPE).orElseThrow();
      Indicator rapports = read.value().indicator(RAPPORTS).orElseThrow();
      Measurement measurement =
          new Measurement(PartialDate.ofYear(2025), BigDecimal.valueOf(value));
      Commitment measured =
          ImmutableCommitment.copyOf(read.value()).withIndicators(rapports.measured(measurement));
      try {
        return store.saveCommitment(
            measured,
            read.version(),
            entry(actor, "indicator.measurement", "commitment/upe/indicator/rapports"));
      } catch (VersionConflict conflict) {
        // Another writer won this version: read its result and try again on top of it.
      }
    }
  }
}
