package org.civitas.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.civitas.application.port.VersionConflict;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Direction;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.IndicatorKind;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every Civitas store promises, whatever keeps its data: each store's test extends this class
 * and says how to make an empty store. Data from the seeds: part of the Togolese ministry (seed
 * 000), the first objective of the « stratégie 4+4 » (seed 001) and the UPE commitment (seed 004,
 * with the illustrative indicator figures of SPEC §3).
 */
public abstract class StoreContract<S extends CivitasStore & AuditLogPort> {

  private static final CommitmentId UPE = CommitmentId.of("upe");
  private static final CommitmentId OTHER = CommitmentId.of("upe-dgpe");
  private static final IndicatorId RAPPORTS = IndicatorId.of("rapports");

  protected S store;

  /** A new store holding nothing. */
  protected abstract S newStore();

  @BeforeEach
  void emptyStore() {
    store = newStore();
  }

  // ------------------------------------------------------------------------------ reading

  @Test
  void an_empty_store_holds_nothing() {
    // when / then
    assertThat(store.loadSnapshot()).isEqualTo(Snapshot.EMPTY);
    assertThat(store.loadUnits()).isEmpty();
    assertThat(store.loadUnit(UnitId.of("masspf"))).isEmpty();
    assertThat(store.loadStrategy(StrategyId.of("pole-social-4-4"))).isEmpty();
    assertThat(store.loadCommitment(UPE)).isEmpty();
    assertThat(store.loadCommitments()).isEmpty();
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void a_saved_snapshot_reads_back_equal_in_its_order_at_version_1() {
    // given
    Snapshot snapshot = record();

    // when
    store.saveSnapshot(snapshot);

    // then
    assertThat(store.loadSnapshot()).isEqualTo(snapshot);
    assertThat(store.loadUnits()).isEqualTo(snapshot.units());
    assertThat(store.loadCommitments()).isEqualTo(snapshot.commitments());
    assertThat(store.loadUnit(UnitId.of("dgpe")))
        .contains(Versioned.of(snapshot.units().get(1), 1));
    assertThat(store.loadStrategy(StrategyId.of("pole-social-4-4")))
        .contains(Versioned.of(snapshot.strategies().get(0), 1));
    assertThat(store.loadCommitment(UPE)).contains(Versioned.of(snapshot.commitments().get(0), 1));
    assertThat(store.loadUnit(UnitId.of("msisf"))).isEmpty();
  }

  // ------------------------------------------------------------------------------ snapshots

  @Test
  void saving_a_snapshot_again_replaces_everything_and_moves_kept_ids_one_version_on() {
    // given
    store.saveSnapshot(record());
    Snapshot next =
        new Snapshot(
            ImmutableList.of(
                unit("dgpe", "Direction générale de la protection de l’enfance", null),
                unit("dpsv", "Direction de la prévention des situations de vulnérabilité", "dgpe")),
            ImmutableList.of(),
            ImmutableList.of(upe()));

    // when
    store.saveSnapshot(next);

    // then
    assertThat(store.loadSnapshot()).isEqualTo(next);
    assertThat(store.loadUnit(UnitId.of("dgpe")).orElseThrow().version()).isEqualTo(2);
    assertThat(store.loadUnit(UnitId.of("dpsv")).orElseThrow().version()).isEqualTo(1);
    assertThat(store.loadUnit(UnitId.of("masspf"))).isEmpty();
    assertThat(store.loadStrategy(StrategyId.of("pole-social-4-4"))).isEmpty();
    assertThat(store.loadCommitment(UPE).orElseThrow().version()).isEqualTo(2);
    assertThat(store.loadCommitment(OTHER)).isEmpty();
  }

  @Test
  void a_snapshot_with_two_units_of_one_id_is_refused_and_nothing_changes() {
    // given
    store.saveSnapshot(record());
    Snapshot twice =
        new Snapshot(
            ImmutableList.of(
                unit("dgpe", "Direction générale de la protection de l’enfance", null),
                unit("dgpe", "Direction de l’enfance", null)),
            ImmutableList.of(),
            ImmutableList.of());

    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> store.saveSnapshot(twice));
    assertThat(store.loadSnapshot()).isEqualTo(record());
    assertThat(store.loadUnit(UnitId.of("dgpe")).orElseThrow().version()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------ commitments

  @Test
  void saving_a_commitment_at_its_version_stores_it_under_the_next_one_in_place() {
    // given
    store.saveSnapshot(record());
    Commitment reported = withSuivi(upe(), 55);

    // when
    long version = store.saveCommitment(reported, 1);

    // then
    assertThat(version).isEqualTo(2);
    assertThat(store.loadCommitment(UPE)).contains(Versioned.of(reported, 2));
    assertThat(store.loadCommitments()).containsExactly(reported, ledByDgpe());
    assertThat(store.loadSnapshot().commitments()).containsExactly(reported, ledByDgpe());
    assertThat(store.loadCommitment(OTHER).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void saving_a_commitment_at_a_stale_version_is_refused_and_the_stored_one_kept() {
    // given
    store.saveSnapshot(record());
    Commitment first = withSuivi(upe(), 55);
    store.saveCommitment(first, 1);

    // when / then
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> store.saveCommitment(withSuivi(upe(), 60), 1))
        .satisfies(
            conflict -> {
              assertThat(conflict.expected()).isEqualTo(1);
              assertThat(conflict.actual()).isEqualTo(2);
            });
    assertThat(store.loadCommitment(UPE)).contains(Versioned.of(first, 2));
  }

  @Test
  void a_new_commitment_is_saved_at_version_0_and_only_then() {
    // given
    store.saveSnapshot(record());
    Commitment fresh = ImmutableCommitment.copyOf(upe()).withId(CommitmentId.of("cppe"));

    // when / then
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> store.saveCommitment(fresh, 1))
        .satisfies(conflict -> assertThat(conflict.actual()).isZero());
    assertThat(store.saveCommitment(fresh, Versioned.NOT_STORED)).isEqualTo(1);
    assertThat(store.loadCommitment(fresh.id())).contains(Versioned.of(fresh, 1));
    assertThatExceptionOfType(VersionConflict.class)
        .isThrownBy(() -> store.saveCommitment(fresh, Versioned.NOT_STORED))
        .satisfies(conflict -> assertThat(conflict.actual()).isEqualTo(1));
  }

  // ------------------------------------------------------------------------------ audit log

  @Test
  void audit_entries_read_back_in_the_order_appended_and_never_change() {
    // given
    AuditEntry imported = entry("dsi", "snapshot.import", "snapshot", Optional.empty());
    AuditEntry reported =
        entry(
            "point-focal-msisf",
            "activity.progress",
            "commitment/upe/activity/suivi",
            Optional.of("rapport semestriel reçu"));
    store.append(imported);
    ImmutableList<AuditEntry> before = store.entries();

    // when
    store.append(reported);

    // then
    assertThat(store.entries()).containsExactly(imported, reported);
    assertThat(before).containsExactly(imported);
  }

  // ------------------------------------------------------------------------------ concurrency

  @Test
  void concurrent_writers_lose_no_acknowledged_write_and_each_version_has_one_winner()
      throws Exception {
    // given writers that each add measurements, reading again after every conflict
    store.saveSnapshot(record());
    int writers = 8;
    int writesEach = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<long[]>>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      Callable<List<long[]>> job =
          () -> {
            start.await();
            List<long[]> acknowledged = new ArrayList<>();
            for (int i = 0; i < writesEach; i++) {
              long value = writer * 1000L + i;
              acknowledged.add(new long[] {value, measureUntilAccepted(value)});
              store.append(
                  entry("writer-" + writer, "indicator.measurement", "upe", Optional.empty()));
            }
            return acknowledged;
          };
      results.add(pool.submit(job));
    }

    // when
    start.countDown();
    List<long[]> acknowledged = new ArrayList<>();
    for (Future<List<long[]>> result : results) {
      acknowledged.addAll(result.get(60, TimeUnit.SECONDS));
    }
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
    assertThat(store.entries()).hasSize(total);
  }

  /**
   * Adds {@code value} to the indicator, reading again after each conflict; answers the version.
   */
  private long measureUntilAccepted(long value) {
    while (true) {
      Versioned<Commitment> read = store.loadCommitment(UPE).orElseThrow();
      Indicator rapports = read.value().indicator(RAPPORTS).orElseThrow();
      Commitment measured =
          ImmutableCommitment.copyOf(read.value())
              .withIndicators(
                  rapports.measured(
                      new Measurement(PartialDate.ofYear(2025), BigDecimal.valueOf(value))));
      try {
        return store.saveCommitment(measured, read.version());
      } catch (VersionConflict conflict) {
        // Another writer won this version: read its result and try again on top of it.
      }
    }
  }

  // ------------------------------------------------------------------------------ data

  private static Snapshot record() {
    return new Snapshot(
        ImmutableList.of(
            unit(
                "masspf",
                "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme",
                null),
            unit("dgpe", "Direction générale de la protection de l’enfance", "masspf")),
        ImmutableList.of(poleSocial()),
        ImmutableList.of(upe(), ledByDgpe()));
  }

  private static OrgUnit unit(String id, String name, String parent) {
    var unit =
        OrgUnit.builder()
            .id(UnitId.of(id))
            .kind(parent == null ? UnitKind.MINISTRY : UnitKind.GENERAL_DIRECTORATE)
            .name(LocalizedText.of("fr", name));
    if (parent != null) {
      unit.addParents(ParentLink.always(UnitId.of(parent)));
    }
    return unit.build();
  }

  private static Strategy poleSocial() {
    return Strategy.builder()
        .id(StrategyId.of("pole-social-4-4"))
        .title(LocalizedText.of("fr", "Stratégie du pôle Social"))
        .addAxes(
            new Axis(
                ElementId.of("axe-1"),
                AxisKind.STRATEGIC,
                OptionalInt.of(1),
                LocalizedText.of("fr", "APPUI INSTITUTIONNEL ET RENFORCEMENT AU PÔLE SOCIAL"),
                ImmutableList.of(
                    new Objective(
                        ElementId.of("axe-1-4"),
                        OptionalInt.of(4),
                        LocalizedText.of(
                            "fr", "Renforcement des capacités des ressources humaines"),
                        ImmutableList.of(
                            new Action(
                                ElementId.of("axe-1-4-b"),
                                LocalizedText.of("fr", "Soutenir des formations adéquates"),
                                ImmutableList.of()))))))
        .build();
  }

  private static Commitment upe() {
    Period plan = Period.of(PartialDate.ofMonth(2024, 1), PartialDate.ofMonth(2025, 12));
    return Commitment.builder()
        .id(UPE)
        .title(
            LocalizedText.of(
                "fr", "Appui aux associations pour créer les unités de protection de l'enfance"))
        .lead(UnitId.of("msisf"))
        .addIndicators(
            new Indicator(
                RAPPORTS,
                IndicatorKind.MONITORING,
                LocalizedText.of("fr", "Nombre de rapports publiés dans les délais impartis"),
                Optional.of("count"),
                Direction.INCREASE,
                Optional.of(new Measurement(PartialDate.ofMonth(2024, 1), BigDecimal.ZERO)),
                Optional.of(new Measurement(PartialDate.ofMonth(2025, 12), BigDecimal.valueOf(8))),
                ImmutableList.of(
                    new Measurement(PartialDate.ofMonth(2024, 12), BigDecimal.valueOf(3)))))
        .addActivities(
            new Activity(
                ActivityId.of("suivi"),
                LocalizedText.of(
                    "fr",
                    "Suivi de l’appui à la mise en place des unités de protection de l'enfance"),
                plan,
                ActivityStatus.IN_PROGRESS,
                30,
                Activity.DEFAULT_WEIGHT))
        .build();
  }

  /** The same commitment under a Togolese lead, so that the store holds two. */
  private static Commitment ledByDgpe() {
    return ImmutableCommitment.copyOf(upe()).withId(OTHER).withLead(UnitId.of("dgpe"));
  }

  private static Commitment withSuivi(Commitment commitment, double progress) {
    return ImmutableCommitment.copyOf(commitment)
        .withActivities(
            commitment.activities().get(0).reported(ActivityStatus.IN_PROGRESS, progress));
  }

  private static AuditEntry entry(
      String actor, String action, String subject, Optional<String> note) {
    return new AuditEntry(
        Instant.parse("2026-11-22T09:00:00Z"),
        actor,
        action,
        subject,
        Optional.empty(),
        Optional.empty(),
        note);
  }
}
