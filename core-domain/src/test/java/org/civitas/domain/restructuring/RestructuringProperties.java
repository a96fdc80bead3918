package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Strategy;

/**
 * Whatever restructurings a record holds, replaying them keeps the structure a forest on every day,
 * leaves every holding with one living unit or reports it, and changes nothing before their dates;
 * a store that reads part of the record gets the units and leads that replaying the whole gives.
 */
class RestructuringProperties {

  @Property(tries = 300)
  void on_every_day_the_structure_is_a_forest(@ForAll Random random) {
    // given
    Snapshot snapshot = RandomRecords.draw(random);

    // when
    Replay replay = snapshot.replay();

    // then every unit alive on a day hangs from a root that day
    Statistics.label("restructurings applied").collect(replay.applied().size());
    for (LocalDate day : days(replay)) {
      Hierarchy hierarchy = replay.chart().on(day);
      int drawn = hierarchy.tree(Optional.empty(), -1).stream().mapToInt(TreeNode::size).sum();
      assertThat(drawn)
          .as("units drawn from the roots on %s", day)
          .isEqualTo(hierarchy.units().size());
      assertThat(hierarchy.units()).noneMatch(u -> hierarchy.isInCycle(u.id()));
    }
  }

  @Property(tries = 300)
  void every_holding_is_held_by_one_living_unit_or_reported(@ForAll Random random) {
    // given
    Snapshot snapshot = RandomRecords.draw(random);

    // when
    Replay replay = snapshot.replay();

    // then
    OrgChart asWritten = OrgChart.of(snapshot.units());
    for (Holding holding : holdings(snapshot)) {
      for (LocalDate day : days(replay)) {
        Optional<UnitId> holder = replay.holderOn(holding, day);
        if (holder.isEmpty()) {
          assertThat(replay.transfers())
              .as("%s on %s has no holder: it was dropped", holding, day)
              .anyMatch(
                  t -> t.holding().equals(holding) && t.to().isEmpty() && !t.date().isAfter(day));
          continue;
        }
        boolean alive = replay.chart().unit(holder.get()).map(u -> u.isAliveOn(day)).orElse(false);
        boolean reported =
            replay.orphans().stream()
                .anyMatch(o -> o.holding().equals(holding) && !o.date().isAfter(day));
        // A unit that its own record has not established yet, or has dissolved, is outside what
        // restructurings do (the other rules report a lead dissolved).
        boolean ownRecord = asWritten.unit(holder.get()).map(u -> !u.isAliveOn(day)).orElse(true);
        assertThat(alive || reported || ownRecord)
            .as("%s on %s is held by %s, alive or reported", holding, day, holder.get())
            .isTrue();
      }
    }
  }

  @Property(tries = 300)
  void before_a_restructuring_the_structure_is_as_it_was_without_it(@ForAll Random random) {
    // given
    Snapshot snapshot = RandomRecords.draw(random);
    Replay replay = snapshot.replay();
    for (Replay.Applied applied : replay.applied()) {
      List<Restructuring> without = new ArrayList<>(snapshot.restructurings());
      without.remove(applied.index());

      // when
      Replay replayedWithout =
          Replay.of(snapshot.units(), snapshot.strategies(), snapshot.commitments(), without);

      // then
      for (LocalDate day : days(replay)) {
        if (day.isBefore(applied.restructuring().effective())) {
          assertThat(structure(replayedWithout, snapshot, day))
              .as("on %s, before %s", day, applied.restructuring())
              .isEqualTo(structure(replay, snapshot, day));
        }
      }
    }
  }

  @Property(tries = 300)
  void a_store_reading_units_back_gets_the_units_of_the_replay(@ForAll Random random) {
    // given a record, and only the restructurings that took effect, as a store keeps them
    Snapshot snapshot = RandomRecords.draw(random);
    Replay replay = snapshot.replay();
    List<Restructuring> kept = applied(snapshot, replay);
    List<OrgUnit> distinct = OrgChart.of(snapshot.units()).units();

    // when
    ImmutableList<OrgUnit> read = Replay.acrossTime(distinct, kept);

    // then
    assertThat(read).isEqualTo(replay.chart().units());
  }

  @Property(tries = 300)
  void a_store_reading_some_commitments_gets_the_leads_of_the_replay(@ForAll Random random) {
    // given a record, the restructurings that took effect as a store keeps them, some of its
    // commitments and some of its units
    Snapshot snapshot = RandomRecords.draw(random);
    Replay replay = snapshot.replay();
    List<Restructuring> kept = applied(snapshot, replay);
    List<Commitment> some =
        snapshot.commitments().stream().filter(c -> random.nextBoolean()).toList();
    Set<UnitId> asked =
        snapshot.units().stream()
            .map(OrgUnit::id)
            .filter(u -> random.nextBoolean())
            .collect(Collectors.toSet());

    // when
    Leads leads = Leads.of(some, kept);

    // then
    for (LocalDate day : days(replay)) {
      for (Commitment commitment : some) {
        assertThat(leads.on(commitment, day))
            .as("the lead of %s on %s", commitment.id(), day)
            .isEqualTo(replay.leadOn(commitment, day));
        assertThat(leads.orphanedBy(commitment, day).map(Orphan::holder))
            .as("%s orphaned by %s", commitment.id(), day)
            .isEqualTo(orphanedBy(replay, commitment, day));
      }
      Set<UnitId> former = Leads.formerLeads(asked, kept, day);
      Set<UnitId> orphanable = Leads.mayBeOrphaned(kept, day);
      for (Commitment commitment : snapshot.commitments()) {
        if (asked.contains(replay.leadOn(commitment, day))) {
          assertThat(former).as("%s on %s", commitment.id(), day).contains(commitment.lead());
        }
        if (orphanedBy(replay, commitment, day).isPresent()) {
          assertThat(orphanable).as("%s on %s", commitment.id(), day).contains(commitment.lead());
        }
      }
    }
  }

  /** The restructurings of {@code snapshot} that took effect, as a store keeps them. */
  private static List<Restructuring> applied(Snapshot snapshot, Replay replay) {
    Set<Integer> applied =
        replay.applied().stream().map(Replay.Applied::index).collect(Collectors.toSet());
    List<Restructuring> kept = new ArrayList<>();
    for (int i = 0; i < snapshot.restructurings().size(); i++) {
      if (applied.contains(i)) {
        kept.add(snapshot.restructurings().get(i));
      }
    }
    return kept;
  }

  /** The unit left holding the lead of {@code commitment} by {@code day}, none taking it. */
  private static Optional<UnitId> orphanedBy(Replay replay, Commitment commitment, LocalDate day) {
    return replay.orphans().stream()
        .filter(
            o ->
                o.holding() instanceof Holding.Lead lead
                    && lead.commitment().equals(commitment.id()))
        .filter(o -> !o.date().isAfter(day))
        .map(Orphan::holder)
        .findFirst();
  }

  /** Each unit alive that day with its parent and its name that day; each commitment's lead. */
  private static List<String> structure(Replay replay, Snapshot snapshot, LocalDate day) {
    Hierarchy hierarchy = replay.chart().on(day);
    List<String> lines = new ArrayList<>();
    for (OrgUnit unit : hierarchy.units()) {
      lines.add(
          unit.id()
              + " under "
              + hierarchy.parent(unit.id()).map(UnitId::value).orElse("—")
              + " named "
              + unit.labelOn(day));
    }
    for (Commitment commitment : snapshot.commitments()) {
      lines.add(commitment.id() + " led by " + replay.leadOn(commitment, day));
    }
    return lines;
  }

  /** Every day the structure may change, and one day before them all. */
  private static List<LocalDate> days(Replay replay) {
    TreeSet<LocalDate> days = new TreeSet<>(replay.chart().daysToCheck());
    replay.applied().forEach(a -> days.add(a.restructuring().effective()));
    days.add(days.first().minusDays(1));
    return List.copyOf(days);
  }

  private static List<Holding> holdings(Snapshot snapshot) {
    List<Holding> holdings = new ArrayList<>();
    for (OrgUnit unit : snapshot.units()) {
      int count = unit.mandate().map(m -> m.attributions().size()).orElse(0);
      for (int i = 0; i < count; i++) {
        holdings.add(new Holding.Attribution(unit.id(), i));
      }
    }
    for (Commitment commitment : snapshot.commitments()) {
      holdings.add(new Holding.Lead(commitment.id(), commitment.lead()));
      commitment
          .contributors()
          .forEach(u -> holdings.add(new Holding.Contribution(commitment.id(), u)));
    }
    for (Strategy strategy : snapshot.strategies()) {
      strategy.owner().ifPresent(o -> holdings.add(new Holding.Ownership(strategy.id(), o)));
      strategy
          .actions()
          .forEach(
              action ->
                  action
                      .owners()
                      .forEach(
                          owner ->
                              holdings.add(
                                  new Holding.ActionOwnership(
                                      new ElementRef(strategy.id(), action.id()), owner))));
    }
    return holdings;
  }
}
