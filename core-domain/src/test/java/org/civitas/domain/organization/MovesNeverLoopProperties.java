package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Whatever sequence of moves is asked of a chart, the moves it accepts never make a unit its own
 * ancestor on any day, and it refuses exactly the moves that would.
 */
class MovesNeverLoopProperties {

  private static final UnitId UNKNOWN = UnitId.of("direction-inconnue");

  /** A move asked of a chart: a pick names one of its units, or now and then a unit it lacks. */
  record Move(int unitPick, int parentPick, LocalDate from) {

    UnitId unit(OrgChart chart) {
      return pick(unitPick, chart);
    }

    UnitId parent(OrgChart chart) {
      return pick(parentPick, chart);
    }

    private static UnitId pick(int pick, OrgChart chart) {
      return pick % 20 == 0 ? UNKNOWN : chart.units().get(pick % chart.units().size()).id();
    }
  }

  @Provide
  Arbitrary<OrgChart> forests() {
    // Mostly long-lived units, so that most moves get past the lifetime checks.
    return ChartArbitraries.forests(0.3, 0.15);
  }

  @Provide
  Arbitrary<List<Move>> moves() {
    Arbitrary<Integer> pick =
        Arbitraries.integers().between(0, 10_000).withDistribution(RandomDistribution.uniform());
    return Combinators.combine(pick, pick, ChartArbitraries.days())
        .as(Move::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  @Property(tries = 150)
  void no_accepted_move_ever_makes_a_loop(
      @ForAll("forests") OrgChart forest, @ForAll("moves") List<Move> moves) {
    // given a forest of units with random lifetimes and parent links
    OrgChart chart = forest;
    for (Move move : moves) {
      UnitId unit = move.unit(chart);
      UnitId parent = move.parent(chart);

      // when
      MoveResult result = chart.move(unit, parent, move.from());

      // then it is refused exactly when it should be, and otherwise takes effect that day
      assertThat(refusalOf(result)).isEqualTo(expectedRefusal(chart, unit, parent, move.from()));
      if (result instanceof MoveResult.Moved moved) {
        assertThat(moved.chart().on(move.from()).parent(unit)).contains(parent);
        assertThat(moved.event().from())
            .isEqualTo(chart.unit(unit).orElseThrow().parentOn(move.from()));
        chart = moved.chart();
      }
      // A refused move gives no chart: the one asked stays as it was, and the next move goes on it.
      assertNoLoop(chart);
    }
  }

  private static Optional<MoveRefusal> refusalOf(MoveResult result) {
    return result instanceof MoveResult.Refused refused
        ? Optional.of(refused.reason())
        : Optional.empty();
  }

  /** The refusal a move deserves, worked out from the chart as it stands. */
  private static Optional<MoveRefusal> expectedRefusal(
      OrgChart chart, UnitId unit, UnitId parent, LocalDate from) {
    if (!chart.contains(unit)) {
      return Optional.of(new MoveRefusal.UnknownUnit(unit));
    }
    if (!chart.contains(parent)) {
      return Optional.of(new MoveRefusal.UnknownUnit(parent));
    }
    for (UnitId each : List.of(unit, parent)) {
      if (!chart.unit(each).orElseThrow().lifetime().contains(from)) {
        return Optional.of(new MoveRefusal.NotAlive(each, from));
      }
    }
    // The move loops on a day when the new parent is the unit or stands below it; the structure
    // only changes on the chart's change dates and on the day of the move.
    boolean loops =
        Stream.concat(Stream.of(from), chart.daysToCheck().stream())
            .filter(day -> !day.isBefore(from))
            .anyMatch(day -> chart.on(day).subtree(unit).contains(parent));
    return loops ? Optional.of(new MoveRefusal.WouldCreateCycle(unit, parent)) : Optional.empty();
  }

  /** Every unit alive on a day hangs from a root that day: none is lost in a loop. */
  private static void assertNoLoop(OrgChart chart) {
    for (LocalDate day : chart.daysToCheck()) {
      Hierarchy hierarchy = chart.on(day);
      int drawn = hierarchy.tree(Optional.empty(), -1).stream().mapToInt(TreeNode::size).sum();
      assertThat(drawn)
          .as("units drawn from the roots on %s", day)
          .isEqualTo(hierarchy.units().size());
      assertThat(hierarchy.units()).noneMatch(u -> hierarchy.isInCycle(u.id()));
    }
  }
}
