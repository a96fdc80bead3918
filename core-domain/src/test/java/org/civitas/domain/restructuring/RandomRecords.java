package org.civitas.domain.restructuring;

import static org.civitas.domain.Fixtures.fr;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * Random records to restructure, drawn from one {@link Random}: a forest of units with mandates,
 * commitments and a strategy with owned actions, and a sequence of restructurings of every kind
 * over them, most of which can take effect and some of which cannot (a unit not yet established,
 * one already ended, a unit the record lacks, a merge of one unit…).
 */
final class RandomRecords {

  private static final LocalDate START = LocalDate.of(2018, 1, 1);
  private static final int DAYS = 9 * 365;
  private static final UnitId UNKNOWN = UnitId.of("direction-inconnue");

  private final Random random;
  private final List<OrgUnit> units = new ArrayList<>();
  private final List<Commitment> commitments = new ArrayList<>();
  private final List<ElementRef> actions = new ArrayList<>();
  private Strategy strategy;

  private RandomRecords(Random random) {
    this.random = random;
  }

  /** A record of 2 to 12 units with up to 12 restructurings. */
  static Snapshot draw(Random random) {
    return new RandomRecords(random).snapshot();
  }

  private Snapshot snapshot() {
    int count = 2 + random.nextInt(11);
    for (int i = 0; i < count; i++) {
      units.add(unit(i));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      commitments.add(commitment(i));
    }
    strategy = strategy();
    ImmutableList.Builder<Restructuring> restructurings = ImmutableList.builder();
    for (int i = random.nextInt(13); i > 0; i--) {
      restructurings.add(restructuring());
    }
    return new Snapshot(
        ImmutableList.copyOf(units),
        ImmutableList.of(strategy),
        ImmutableList.copyOf(commitments),
        restructurings.build());
  }

  private OrgUnit unit(int index) {
    ImmutableOrgUnit.Builder unit =
        OrgUnit.builder()
            .id(UnitId.of("direction-" + index))
            .kind(UnitKind.DIRECTORATE)
            .name(fr("Direction " + index));
    if (index > 0 && random.nextInt(5) > 0) {
      unit.addParents(ParentLink.always(units.get(random.nextInt(index)).id()));
    }
    Optional<PartialDate> established =
        random.nextInt(3) == 0 ? Optional.of(date()) : Optional.empty();
    Optional<PartialDate> dissolved =
        random.nextInt(8) == 0
            ? Optional.of(PartialDate.of(START.plusDays(DAYS + random.nextInt(400))))
            : Optional.empty();
    unit.lifetime(new Period(established, dissolved));
    int attributions = random.nextInt(4);
    if (attributions > 0) {
      unit.mandate(
          new Mandate(
              Optional.empty(),
              true,
              IntStream.range(0, attributions)
                  .mapToObj(i -> Attribution.of(fr("attribution " + i + " de " + index)))
                  .collect(ImmutableList.toImmutableList())));
    }
    return unit.build();
  }

  private Commitment commitment(int index) {
    return Commitment.builder()
        .id(CommitmentId.of("engagement-" + index))
        .title(fr("Engagement " + index))
        .lead(anyUnit())
        .contributors(random.nextBoolean() ? List.of(anyUnit()) : List.of())
        .build();
  }

  private Strategy strategy() {
    List<Action> owned = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      owned.add(
          new Action(
              ElementId.of("action-" + i),
              fr("Action " + i),
              random.nextBoolean()
                  ? ImmutableList.of(anyUnit())
                  : ImmutableList.of(anyUnit(), anyUnit()).stream()
                      .distinct()
                      .collect(ImmutableList.toImmutableList())));
      actions.add(ElementRef.parse("strategie/action-" + i));
    }
    return Strategy.builder()
        .id(StrategyId.of("strategie"))
        .title(fr("Stratégie"))
        .owner(random.nextBoolean() ? Optional.of(anyUnit()) : Optional.empty())
        .addAxes(
            new Axis(
                ElementId.of("axe"),
                AxisKind.STRATEGIC,
                java.util.OptionalInt.empty(),
                fr("Axe"),
                ImmutableList.of(
                    new Objective(
                        ElementId.of("objectif"),
                        java.util.OptionalInt.empty(),
                        fr("Objectif"),
                        ImmutableList.copyOf(owned)))))
        .build();
  }

  private Restructuring restructuring() {
    PartialDate date = date();
    return switch (random.nextInt(5)) {
      case 0 ->
          Restructuring.Rename.of(
              pick(),
              fr("Direction renommée " + random.nextInt(100)),
              random.nextBoolean() ? Optional.of("DR" + random.nextInt(10)) : Optional.empty(),
              date);
      case 1 -> Restructuring.Move.of(pick(), pick(), date);
      case 2 -> {
        ImmutableList<UnitId> merged = picks(1 + random.nextInt(3));
        UnitId into = random.nextInt(4) == 0 ? merged.get(0) : pick();
        yield new Restructuring.Merge(
            merged,
            into,
            handover(merged, ImmutableList.of(into)),
            date,
            Optional.empty(),
            Optional.empty());
      }
      case 3 -> {
        UnitId split = pick();
        ImmutableList<UnitId> into = picks(1 + random.nextInt(3));
        yield new Restructuring.Split(
            split,
            into,
            handover(ImmutableList.of(split), into),
            date,
            Optional.empty(),
            Optional.empty());
      }
      default -> {
        UnitId dissolved = pick();
        ImmutableList<UnitId> successors = picks(random.nextInt(3));
        yield new Restructuring.Dissolve(
            dissolved,
            successors,
            handover(ImmutableList.of(dissolved), successors),
            date,
            Optional.empty(),
            Optional.empty());
      }
    };
  }

  /** Now and then, some holdings of the ended units handed to a successor, or dropped. */
  private Handover handover(ImmutableList<UnitId> ended, ImmutableList<UnitId> successors) {
    Handover handover = Handover.NONE;
    if (successors.isEmpty() || random.nextBoolean()) {
      return handover;
    }
    UnitId to = successors.get(random.nextInt(successors.size()));
    UnitId from = ended.get(random.nextInt(ended.size()));
    int attributions =
        units.stream()
            .filter(u -> u.id().equals(from))
            .findFirst()
            .flatMap(OrgUnit::mandate)
            .map(m -> m.attributions().size())
            .orElse(0);
    for (int i = 0; i < attributions; i++) {
      Holding.Attribution attribution = new Holding.Attribution(from, i);
      switch (random.nextInt(3)) {
        case 0 -> handover = handover.withAttributions(to, List.of(attribution));
        case 1 -> handover = handover.withDropped(List.of(attribution));
        default -> {}
      }
    }
    for (Commitment commitment : commitments) {
      if (commitment.lead().equals(from) && random.nextBoolean()) {
        handover = handover.withCommitments(to, List.of(commitment.id()));
      }
    }
    if (strategy.owner().equals(Optional.of(from)) && random.nextBoolean()) {
      handover = handover.withStrategies(to, List.of(strategy.id()));
    }
    for (ElementRef action : actions) {
      if (random.nextInt(3) == 0) {
        handover = handover.withActions(to, List.of(action));
      }
    }
    return handover;
  }

  private ImmutableList<UnitId> picks(int count) {
    return IntStream.range(0, count).mapToObj(i -> pick()).collect(ImmutableList.toImmutableList());
  }

  /** A unit of the record, or now and then one it lacks. */
  private UnitId pick() {
    return random.nextInt(25) == 0 ? UNKNOWN : anyUnit();
  }

  private UnitId anyUnit() {
    return units.get(random.nextInt(units.size())).id();
  }

  /** A day, a month or a year of the window. */
  private PartialDate date() {
    LocalDate day = START.plusDays(random.nextInt(DAYS));
    return switch (random.nextInt(4)) {
      case 0 -> PartialDate.ofYear(day.getYear());
      case 1 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      default -> PartialDate.of(day);
    };
  }
}
