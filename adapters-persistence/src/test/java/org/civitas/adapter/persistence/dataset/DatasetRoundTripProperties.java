package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Direction;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.IndicatorKind;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.commitment.PartnerType;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.LinkType;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.organization.Territory;
import org.civitas.domain.organization.TerritoryLevel;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/** A dataset written then read back is the dataset, in YAML as in JSON. */
class DatasetRoundTripProperties {

  private final DatasetWriter writer = new DatasetWriter();
  private final DatasetReader reader = new DatasetReader();

  @Property(tries = 200)
  void a_snapshot_written_as_yaml_reads_back_equal(@ForAll("snapshots") Snapshot snapshot) {
    assertRoundTrip(snapshot, DatasetFormat.YAML);
  }

  @Property(tries = 200)
  void a_snapshot_written_as_json_reads_back_equal(@ForAll("snapshots") Snapshot snapshot) {
    assertRoundTrip(snapshot, DatasetFormat.JSON);
  }

  private void assertRoundTrip(Snapshot snapshot, DatasetFormat format) {
    // given
    byte[] written = writer.write(snapshot, format).getBytes(StandardCharsets.UTF_8);

    // when
    DatasetReading reading = reader.read(DatasetSource.of("export", written).as(format));

    // then
    assertThat(Fixtures.formatFindings(reading))
        .as("findings of the format reading back%n%s", new String(written, StandardCharsets.UTF_8))
        .isEmpty();
    assertThat(reading.snapshot()).isEqualTo(snapshot);
  }

  // ------------------------------------------------------------------------- snapshots

  @Provide
  Arbitrary<Snapshot> snapshots() {
    return Combinators.combine(
            units().list().ofMaxSize(4),
            strategies().list().ofMaxSize(2),
            commitments().list().ofMaxSize(2),
            restructurings().list().ofMaxSize(3))
        .as(
            (u, s, c, r) ->
                new Snapshot(
                    ImmutableList.copyOf(u),
                    ImmutableList.copyOf(s),
                    ImmutableList.copyOf(c),
                    ImmutableList.copyOf(r)));
  }

  /** Restructurings of every type, whether or not they could take effect. */
  private Arbitrary<Restructuring> restructurings() {
    Arbitrary<Optional<String>> words = words().optional();
    Arbitrary<ImmutableList<UnitId>> someUnits =
        unitIds().list().ofMaxSize(3).map(ImmutableList::copyOf);
    Arbitrary<Restructuring> renames =
        Combinators.combine(unitIds(), texts(), words, dates(), words, words)
            .as(Restructuring.Rename::new);
    Arbitrary<Restructuring> moves =
        Combinators.combine(unitIds(), unitIds(), dates(), words, words)
            .as(Restructuring.Move::new);
    Arbitrary<Restructuring> merges =
        Combinators.combine(someUnits, unitIds(), handovers(), dates(), words, words)
            .as(Restructuring.Merge::new);
    Arbitrary<Restructuring> splits =
        Combinators.combine(unitIds(), someUnits, handovers(), dates(), words, words)
            .as(Restructuring.Split::new);
    Arbitrary<Restructuring> dissolutions =
        Combinators.combine(unitIds(), someUnits, handovers(), dates(), words, words)
            .as(Restructuring.Dissolve::new);
    return Arbitraries.oneOf(renames, moves, merges, splits, dissolutions);
  }

  private Arbitrary<Handover> handovers() {
    Arbitrary<Holding.Attribution> attributions =
        Combinators.combine(unitIds(), Arbitraries.integers().between(0, 20))
            .as(Holding.Attribution::new);
    Arbitrary<ElementRef> actions =
        Combinators.combine(slugs().map(StrategyId::of), elementIds()).as(ElementRef::new);
    Arbitrary<Handover> some =
        Combinators.combine(
                given(attributions),
                attributions.list().ofMaxSize(2),
                given(slugs().map(CommitmentId::of)),
                given(slugs().map(StrategyId::of)),
                given(actions))
            .as(
                (given, dropped, commitments, strategies, owned) ->
                    new Handover(
                        given, ImmutableList.copyOf(dropped), commitments, strategies, owned));
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Handover.NONE)), Tuple.of(3, some));
  }

  /** Up to two units, each given up to two things. */
  private static <V> Arbitrary<ImmutableListMultimap<UnitId, V>> given(Arbitrary<V> values) {
    return Combinators.combine(unitIds(), values.list().ofMinSize(1).ofMaxSize(2))
        .as(Map::entry)
        .list()
        .ofMaxSize(2)
        .map(
            entries -> {
              ImmutableListMultimap.Builder<UnitId, V> map = ImmutableListMultimap.builder();
              entries.forEach(e -> map.putAll(e.getKey(), e.getValue()));
              return map.build();
            });
  }

  private Arbitrary<OrgUnit> units() {
    Arbitrary<Optional<Territory>> territories =
        Combinators.combine(Arbitraries.of(TerritoryLevel.class), texts())
            .as(Territory::new)
            .optional();
    Arbitrary<Post> posts =
        Combinators.combine(texts(), words().optional(), Arbitraries.of(PostRole.class))
            .as(Post::new);
    Arbitrary<Attribution> attributions =
        Combinators.combine(texts(), slugs().list().ofMaxSize(2))
            .as((text, themes) -> new Attribution(text, ImmutableList.copyOf(themes)));
    Arbitrary<Optional<Mandate>> mandates =
        Combinators.combine(
                words().optional(), Arbitraries.of(true, false), attributions.list().ofMaxSize(3))
            .as(
                (basis, exhaustive, list) ->
                    new Mandate(basis, exhaustive, ImmutableList.copyOf(list)))
            .optional();
    Arbitrary<UnitLink> links =
        Combinators.combine(Arbitraries.of(LinkType.class), unitIds()).as(UnitLink::new);
    return Builders.withBuilder(OrgUnit::builder)
        .use(unitIds())
        .in((b, id) -> b.id(id))
        .use(Arbitraries.of(UnitKind.class))
        .in((b, kind) -> b.kind(kind))
        .use(texts())
        .in((b, name) -> b.name(name))
        .use(words().optional())
        .in((b, acronym) -> b.acronym(acronym))
        .use(territories)
        .in((b, territory) -> b.territory(territory))
        .use(periods())
        .in((b, lifetime) -> b.lifetime(lifetime))
        .use(unitIds().optional())
        .in((b, parent) -> b.parents(parent.map(ParentLink::always).stream().toList()))
        .use(Arbitraries.integers().between(0, 100_000).optional())
        .in((b, staff) -> b.staff(optionalInt(staff)))
        .use(posts.list().ofMaxSize(2))
        .in((b, list) -> b.posts(list))
        .use(mandates)
        .in((b, mandate) -> b.mandate(mandate))
        .use(links.list().ofMaxSize(2))
        .in((b, list) -> b.links(list))
        .build(b -> b.build());
  }

  private Arbitrary<Strategy> strategies() {
    Arbitrary<Action> actions =
        Combinators.combine(elementIds(), texts(), unitIds().list().ofMaxSize(2))
            .as((id, text, owners) -> new Action(id, text, ImmutableList.copyOf(owners)));
    Arbitrary<Objective> objectives =
        Combinators.combine(elementIds(), numbers(), texts(), actions.list().ofMaxSize(2))
            .as(
                (id, number, title, list) ->
                    new Objective(id, number, title, ImmutableList.copyOf(list)));
    Arbitrary<Axis> axes =
        Combinators.combine(
                elementIds(),
                Arbitraries.of(AxisKind.class),
                numbers(),
                texts(),
                objectives.list().ofMaxSize(2))
            .as(
                (id, kind, number, title, list) ->
                    new Axis(id, kind, number, title, ImmutableList.copyOf(list)));
    return Combinators.combine(
            slugs().map(StrategyId::of),
            texts(),
            unitIds().optional(),
            periods(),
            texts().optional(),
            axes.list().ofMaxSize(2))
        .as(
            (id, title, owner, period, summary, list) ->
                Strategy.builder()
                    .id(id)
                    .title(title)
                    .owner(owner)
                    .period(period)
                    .summary(summary)
                    .axes(list)
                    .build());
  }

  private Arbitrary<Commitment> commitments() {
    Arbitrary<Partner> partners =
        Combinators.combine(texts(), Arbitraries.of(PartnerType.class)).as(Partner::new);
    Arbitrary<Measurement> measurements =
        Combinators.combine(dates(), decimals()).as(Measurement::new);
    Arbitrary<Indicator> indicators =
        Combinators.combine(
                slugs().map(IndicatorId::of),
                Arbitraries.of(IndicatorKind.class),
                texts(),
                words().optional(),
                Arbitraries.of(Direction.class),
                measurements.optional(),
                measurements.optional(),
                measurements.list().ofMaxSize(3))
            .as(
                (id, kind, name, unit, direction, baseline, target, list) ->
                    new Indicator(
                        id,
                        kind,
                        name,
                        unit,
                        direction,
                        baseline,
                        target,
                        ImmutableList.copyOf(list)));
    Arbitrary<Activity> activities =
        Combinators.combine(
                slugs().map(ActivityId::of),
                texts(),
                periods(),
                Arbitraries.of(ActivityStatus.class),
                Arbitraries.doubles().between(0, 100).ofScale(6),
                Arbitraries.doubles().between(0.001, 1_000_000).ofScale(4))
            .as(Activity::new);
    Arbitrary<ElementRef> refs =
        Combinators.combine(slugs().map(StrategyId::of), elementIds()).as(ElementRef::new);
    return Builders.withBuilder(Commitment::builder)
        .use(slugs().map(CommitmentId::of))
        .in((b, id) -> b.id(id))
        .use(texts())
        .in((b, title) -> b.title(title))
        .use(unitIds())
        .in((b, lead) -> b.lead(lead))
        .use(unitIds().list().ofMaxSize(2))
        .in((b, list) -> b.contributors(list))
        .use(partners.list().ofMaxSize(2))
        .in((b, list) -> b.partners(list))
        .use(periods())
        .in((b, period) -> b.period(period))
        .use(texts().optional())
        .in((b, text) -> b.problem(text))
        .use(texts().optional())
        .in((b, text) -> b.solution(text))
        .use(texts().optional())
        .in((b, text) -> b.expectedResult(text))
        .use(refs.list().ofMaxSize(2))
        .in((b, list) -> b.contributesTo(list))
        .use(indicators.list().ofMaxSize(2))
        .in((b, list) -> b.indicators(list))
        .use(activities.list().ofMaxSize(3))
        .in((b, list) -> b.activities(list))
        .build(b -> b.build());
  }

  // --------------------------------------------------------------------------- values

  private static Arbitrary<String> slugs() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
  }

  private static Arbitrary<UnitId> unitIds() {
    return slugs().map(UnitId::of);
  }

  private static Arbitrary<ElementId> elementIds() {
    return slugs().map(ElementId::of);
  }

  private static Arbitrary<OptionalInt> numbers() {
    return Arbitraries.integers()
        .between(-5, 1_000)
        .optional()
        .map(DatasetRoundTripProperties::optionalInt);
  }

  /**
   * Words as ministries write them, with the traps of YAML: both apostrophes, accents, Arabic,
   * guillemets, words YAML would read as booleans, numbers, dates or null, indicators, spaces at
   * the ends, line breaks and tabs.
   */
  private static Arbitrary<String> words() {
    Arbitrary<String> known =
        Arbitraries.of(
            "Ministère",
            "l’Action",
            "l'État",
            "Secrétariat général",
            "مديرية الأسرة",
            "الأسرة",
            "« notamment »",
            "yes",
            "no",
            "on",
            "null",
            "~",
            "true",
            "2024",
            "2024-01",
            "1.5",
            "0x1F",
            "1_000",
            ".inf",
            "-",
            "- x",
            ": ",
            "a: b",
            "# x",
            "x #y",
            "&a",
            "*a",
            "!tag",
            "|",
            ">",
            "@",
            "%",
            "`",
            "\"",
            "'",
            "[",
            "]",
            "{",
            "}",
            ",",
            "?",
            " lead",
            "trail ",
            "a\nb",
            "x\n",
            "\n",
            "tab\there",
            "cr\r\nlf",
            "œuvre",
            "Ç",
            "€",
            "😀");
    Arbitrary<String> random =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('À', 'ÿ')
            .withCharRange('\u0621', '\u064A')
            .withChars('’', '«', '»', '\n', '\u00a0')
            .ofMinLength(1)
            .ofMaxLength(20);
    return Arbitraries.oneOf(known, random)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(parts -> String.join(" ", parts));
  }

  private static Arbitrary<LocalizedText> texts() {
    Arbitrary<String> languages = Arbitraries.of("fr", "ar", "en", "fr-TG", "ar-MA");
    Arbitrary<String> nonBlank = words().filter(w -> !w.isBlank());
    return Combinators.combine(languages, nonBlank)
        .as(Map::entry)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            entries -> {
              Map<String, String> texts = new LinkedHashMap<>();
              entries.forEach(e -> texts.putIfAbsent(e.getKey(), e.getValue()));
              return LocalizedText.of(texts);
            });
  }

  private static Arbitrary<PartialDate> dates() {
    Arbitrary<Integer> years =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1900, 2100), Arbitraries.integers().between(1, 9999));
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 28);
    return Arbitraries.oneOf(
        years.map(PartialDate::ofYear),
        Combinators.combine(years, months).as(PartialDate::ofMonth),
        Combinators.combine(years, months, days).as(PartialDate::ofDay));
  }

  /** Open, half-open or bounded periods; the later date of two is the end. */
  private static Arbitrary<Period> periods() {
    return Combinators.combine(dates().optional(), dates().optional())
        .as(
            (a, b) -> {
              if (a.isPresent()
                  && b.isPresent()
                  && b.get().lastDay().isBefore(a.get().firstDay())) {
                return new Period(b, a);
              }
              return new Period(a, b);
            });
  }

  private static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
        .ofScale(3);
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
