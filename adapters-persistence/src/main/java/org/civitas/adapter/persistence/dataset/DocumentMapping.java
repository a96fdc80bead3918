package org.civitas.adapter.persistence.dataset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.ImmutableOrgUnit;
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
import org.civitas.domain.text.Slug;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.civitas.domain.validation.Rule;

/**
 * Maps the tree of one dataset document to domain objects (SPEC §3), reporting every finding of the
 * format rules at its JSON Pointer and source line. The domain types judge their own values: a
 * refused value is reported with the rule of the invariant it breaks. A field that cannot be read
 * is left out; an object whose required fields cannot be read is left out with its findings;
 * reading goes on, so that one pass reports as much as possible.
 */
final class DocumentMapping {

  /** The language of plain strings when the document does not give one. */
  static final String UNDETERMINED = "und";

  private static final List<String> DATASET =
      List.of("civitas", "language", "units", "strategies", "commitments", "restructurings");
  private static final List<String> UNIT =
      List.of(
          "id",
          "kind",
          "parent",
          "name",
          "acronym",
          "territory",
          "established",
          "dissolved",
          "staff",
          "posts",
          "mandate",
          "links");
  private static final List<String> TERRITORY = List.of("level", "name");
  private static final List<String> POST = List.of("title", "holder", "role");
  private static final List<String> MANDATE = List.of("basis", "exhaustive", "attributions");
  private static final List<String> ATTRIBUTION = List.of("text", "themes");
  private static final List<String> LINK = List.of("type", "unit");
  private static final List<String> STRATEGY =
      List.of("id", "title", "owner", "period", "summary", "axes");
  private static final List<String> PERIOD = List.of("start", "end");
  private static final List<String> AXIS = List.of("id", "kind", "number", "title", "objectives");
  private static final List<String> OBJECTIVE = List.of("id", "number", "title", "actions");
  private static final List<String> ACTION = List.of("id", "text", "owners");
  private static final List<String> COMMITMENT =
      List.of(
          "id",
          "title",
          "lead",
          "contributors",
          "partners",
          "period",
          "problem",
          "solution",
          "expected-result",
          "contributes-to",
          "indicators",
          "activities");
  private static final List<String> PARTNER = List.of("name", "type");
  private static final List<String> INDICATOR =
      List.of("id", "kind", "name", "unit", "direction", "baseline", "target", "measurements");
  private static final List<String> MEASUREMENT = List.of("date", "value");
  private static final List<String> ACTIVITY =
      List.of("id", "title", "start", "end", "status", "progress", "weight");

  /** What a merge, a split or a dissolution says of the holdings of the units it ends. */
  private static final List<String> HANDOVER =
      List.of("attributions", "dropped", "commitments", "strategies", "actions");

  /** The fields of each type of restructuring, in the order they are written. */
  static final ImmutableMap<String, List<String>> RESTRUCTURING =
      ImmutableMap.of(
          "rename",
          List.of("type", "unit", "name", "acronym", "date", "basis", "note"),
          "move",
          List.of("type", "unit", "parent", "date", "basis", "note"),
          "merge",
          withHandover("type", "units", "into", "date", "basis", "note"),
          "split",
          withHandover("type", "unit", "into", "date", "basis", "note"),
          "dissolve",
          withHandover("type", "unit", "successors", "date", "basis", "note"));

  /** How a message names a restructuring of each type. */
  private static final ImmutableMap<String, String> RESTRUCTURING_NAMES =
      ImmutableMap.of(
          "rename",
          "rename",
          "move",
          "move",
          "merge",
          "merge",
          "split",
          "split",
          "dissolve",
          "dissolution");

  private static final Vocabulary<String> RESTRUCTURING_TYPES =
      new Vocabulary<>(
          "restructuring type",
          RESTRUCTURING.keySet().asList(),
          code -> RESTRUCTURING.containsKey(code) ? Optional.of(code) : Optional.empty());

  /** A simplified BCP 47 tag: a language of two or three letters and optional subtags. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /** An attribution of a unit's mandate, {@code UNIT/INDEX}. */
  private static final Pattern ATTRIBUTION_REF = Pattern.compile("([^/]+)/(\\d{1,9})");

  /** Numbers whose decimal exponent goes beyond this are refused: they could not be written out. */
  private static final int MAX_SCALE = 1000;

  /**
   * What a document gave: its snapshot; for each list where some items were left out, the document
   * index of each item kept (keyed by the list's pointer); and the ids of the objects left out, so
   * that references to them are not reported a second time.
   */
  record Mapped(
      Snapshot snapshot, ImmutableMap<String, int[]> kept, ImmutableSet<String> skippedIds) {

    /**
     * The document index of the {@code index}-th item read from the list at {@code listPointer}.
     */
    int documentIndex(String listPointer, int index) {
      int[] indexes = kept.get(listPointer);
      return indexes == null || index >= indexes.length ? index : indexes[index];
    }
  }

  private final Report report;
  private final Map<String, int[]> kept = new HashMap<>();
  private final Set<String> skippedIds = new HashSet<>();
  private String language = UNDETERMINED;
  private String strategyBeingRead = "";

  DocumentMapping(Report report) {
    this.report = report;
  }

  Mapped map(DocumentNode root) {
    return new Mapped(snapshot(root), ImmutableMap.copyOf(kept), ImmutableSet.copyOf(skippedIds));
  }

  private Snapshot snapshot(DocumentNode root) {
    if (!(root instanceof DocumentNode.Mapping document)) {
      typeError(
          Place.DOCUMENT, "a mapping of civitas, language, units, strategies, commitments", root);
      return Snapshot.EMPTY;
    }
    if (!versionIsSupported(document)) {
      return Snapshot.EMPTY;
    }
    Fields fields = new Fields(document, Place.DOCUMENT, "dataset", DATASET);
    language = fields.required("language", this::languageTag).orElse(UNDETERMINED);
    return new Snapshot(
        fields.list("units", object("unit", UNIT, this::unit)),
        fields.list("strategies", object("strategy", STRATEGY, this::strategy)),
        fields.list("commitments", object("commitment", COMMITMENT, this::commitment)),
        fields.list("restructurings", this::restructuring));
  }

  private static List<String> withHandover(String... fields) {
    return ImmutableList.<String>builder().add(fields).addAll(HANDOVER).build();
  }

  /**
   * Whether the document is of format 1. A missing version is reported and reading goes on; a
   * version this reader does not know stops it, since its fields would all look wrong.
   */
  private boolean versionIsSupported(DocumentNode.Mapping document) {
    DocumentNode.Member version = document.members().get("civitas");
    if (version == null) {
      report.add(
          Rule.FORMAT_VERSION,
          Place.DOCUMENT.child("civitas", document.line()),
          "the file does not say its format: add 'civitas: 1' as its first line");
      return true;
    }
    boolean one =
        version.value() instanceof DocumentNode.Scalar scalar
            && (scalar.number() != null && scalar.number().compareTo(BigDecimal.ONE) == 0
                || scalar.text().equals("1"));
    if (!one) {
      report.add(
          Rule.FORMAT_VERSION,
          Place.DOCUMENT.child("civitas", version.line()),
          "format version "
              + shown(version.value())
              + " is not supported: this reader knows 'civitas: 1'");
    }
    return one;
  }

  // ------------------------------------------------------------------------------ units

  private Optional<OrgUnit> unit(Fields f) {
    Optional<UnitId> id = f.required("id", id(UnitId::of));
    Optional<UnitKind> kind = f.required("kind", vocabulary(Vocabulary.UNIT_KINDS));
    Optional<UnitId> parent = f.optional("parent", id(UnitId::of));
    Optional<LocalizedText> name = f.required("name", this::text);
    Optional<String> acronym = f.optional("acronym", this::string);
    Optional<Territory> territory =
        f.optional("territory", object("territory", TERRITORY, this::territory));
    Optional<Period> lifetime = period(f, "established", "dissolved");
    Optional<Integer> staff = f.optional("staff", this::integer);
    ImmutableList<Post> posts = f.list("posts", object("post", POST, this::post));
    Optional<Mandate> mandate = f.optional("mandate", object("mandate", MANDATE, this::mandate));
    ImmutableList<UnitLink> links = f.list("links", object("link", LINK, this::link));
    if (id.isEmpty() || kind.isEmpty() || name.isEmpty()) {
      return skipped(f);
    }
    Optional<OrgUnit> unit =
        attempt(
            f.place(),
            () ->
                OrgUnit.builder()
                    .id(id.get())
                    .kind(kind.get())
                    .name(name.get())
                    .acronym(acronym)
                    .territory(territory)
                    .lifetime(lifetime.orElse(Period.ALWAYS))
                    .parents(parent.map(ParentLink::always).stream().toList())
                    .posts(posts)
                    .mandate(mandate)
                    .links(links)
                    .build());
    if (unit.isEmpty()) {
      return skipped(f);
    }
    // The headcount is set apart so that a refused one is reported at /staff and the unit kept.
    return staff
        .flatMap(
            n ->
                attempt(
                    f.at("staff"),
                    () -> (OrgUnit) ImmutableOrgUnit.copyOf(unit.get()).withStaff(n)))
        .or(() -> unit);
  }

  private Optional<Territory> territory(Fields f) {
    Optional<TerritoryLevel> level = f.required("level", vocabulary(Vocabulary.TERRITORY_LEVELS));
    Optional<LocalizedText> name = f.required("name", this::text);
    return both(level, name, Territory::new);
  }

  private Optional<Post> post(Fields f) {
    Optional<LocalizedText> title = f.required("title", this::text);
    Optional<String> holder = f.optional("holder", this::string);
    Optional<PostRole> role = f.required("role", vocabulary(Vocabulary.POST_ROLES));
    return both(title, role, (t, r) -> new Post(t, holder, r));
  }

  private Optional<Mandate> mandate(Fields f) {
    Optional<String> basis = f.optional("basis", this::string);
    boolean exhaustive = f.optional("exhaustive", this::bool).orElse(true);
    ImmutableList<Attribution> attributions = f.list("attributions", this::attribution);
    return Optional.of(new Mandate(basis, exhaustive, attributions));
  }

  /** A text, or {@code {text, themes}}: a mapping with either key is the second form. */
  private Optional<Attribution> attribution(DocumentNode node, Place place) {
    if (node instanceof DocumentNode.Mapping mapping
        && ATTRIBUTION.stream().anyMatch(mapping.members()::containsKey)) {
      return object("attribution", ATTRIBUTION, this::themedAttribution).read(node, place);
    }
    return text(node, place).map(Attribution::of);
  }

  private Optional<Attribution> themedAttribution(Fields f) {
    Optional<LocalizedText> text = f.required("text", this::text);
    ImmutableList<String> themes = f.list("themes", id(theme -> Slug.require(theme, "theme")));
    return text.flatMap(t -> attempt(f.place(), () -> new Attribution(t, themes)));
  }

  private Optional<UnitLink> link(Fields f) {
    Optional<LinkType> type = f.required("type", vocabulary(Vocabulary.LINK_TYPES));
    Optional<UnitId> unit = f.required("unit", id(UnitId::of));
    return both(type, unit, UnitLink::new);
  }

  // ------------------------------------------------------------------------- strategies

  private Optional<Strategy> strategy(Fields f) {
    Optional<StrategyId> id = f.required("id", id(StrategyId::of));
    strategyBeingRead = f.rawText("id").orElse("");
    Optional<LocalizedText> title = f.required("title", this::text);
    Optional<UnitId> owner = f.optional("owner", id(UnitId::of));
    Optional<Period> period =
        f.optional("period", object("period", PERIOD, p -> period(p, "start", "end")));
    Optional<LocalizedText> summary = f.optional("summary", this::text);
    ImmutableList<Axis> axes = f.list("axes", element("axis", AXIS, this::axis));
    if (id.isEmpty() || title.isEmpty()) {
      return skipped(f);
    }
    return attempt(
        f.place(),
        () ->
            Strategy.builder()
                .id(id.get())
                .title(title.get())
                .owner(owner)
                .period(period.orElse(Period.ALWAYS))
                .summary(summary)
                .axes(axes)
                .build());
  }

  private Optional<Axis> axis(Fields f) {
    Optional<ElementId> id = f.required("id", id(ElementId::of));
    Optional<AxisKind> kind = f.required("kind", vocabulary(Vocabulary.AXIS_KINDS));
    OptionalInt number = optionalInt(f.optional("number", this::integer));
    Optional<LocalizedText> title = f.required("title", this::text);
    ImmutableList<Objective> objectives =
        f.list("objectives", element("objective", OBJECTIVE, this::objective));
    if (id.isEmpty() || kind.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Axis(id.get(), kind.get(), number, title.get(), objectives));
  }

  private Optional<Objective> objective(Fields f) {
    Optional<ElementId> id = f.required("id", id(ElementId::of));
    OptionalInt number = optionalInt(f.optional("number", this::integer));
    Optional<LocalizedText> title = f.required("title", this::text);
    ImmutableList<Action> actions = f.list("actions", element("action", ACTION, this::action));
    return both(id, title, (i, t) -> new Objective(i, number, t, actions));
  }

  private Optional<Action> action(Fields f) {
    Optional<ElementId> id = f.required("id", id(ElementId::of));
    Optional<LocalizedText> text = f.required("text", this::text);
    ImmutableList<UnitId> owners = f.list("owners", id(UnitId::of));
    return both(id, text, (i, t) -> new Action(i, t, owners));
  }

  /**
   * An axis, objective or action: when it is left out, the ids within it are remembered as {@code
   * STRATEGY/ELEMENT}, so that a {@code contributes-to} naming one is not reported again.
   */
  private <T> Read<T> element(String what, List<String> keys, Function<Fields, Optional<T>> build) {
    Read<T> read = object(what, keys, build);
    return (node, place) -> {
      Optional<T> made = read.read(node, place);
      if (made.isEmpty()) {
        idsWithin(node).forEach(id -> skippedIds.add(strategyBeingRead + "/" + id));
      }
      return made;
    };
  }

  // ------------------------------------------------------------------------ commitments

  private Optional<Commitment> commitment(Fields f) {
    Optional<CommitmentId> id = f.required("id", id(CommitmentId::of));
    Optional<LocalizedText> title = f.required("title", this::text);
    Optional<UnitId> lead = f.required("lead", id(UnitId::of));
    ImmutableList<UnitId> contributors = f.list("contributors", id(UnitId::of));
    ImmutableList<Partner> partners = f.list("partners", object("partner", PARTNER, this::partner));
    Optional<Period> period =
        f.optional("period", object("period", PERIOD, p -> period(p, "start", "end")));
    Optional<LocalizedText> problem = f.optional("problem", this::text);
    Optional<LocalizedText> solution = f.optional("solution", this::text);
    Optional<LocalizedText> expectedResult = f.optional("expected-result", this::text);
    ImmutableList<ElementRef> contributesTo = f.list("contributes-to", id(ElementRef::parse));
    ImmutableList<Indicator> indicators =
        f.list("indicators", object("indicator", INDICATOR, this::indicator));
    ImmutableList<Activity> activities =
        f.list("activities", object("activity", ACTIVITY, this::activity));
    if (id.isEmpty() || title.isEmpty() || lead.isEmpty()) {
      return skipped(f);
    }
    return attempt(
        f.place(),
        () ->
            Commitment.builder()
                .id(id.get())
                .title(title.get())
                .lead(lead.get())
                .contributors(contributors)
                .partners(partners)
                .period(period.orElse(Period.ALWAYS))
                .problem(problem)
                .solution(solution)
                .expectedResult(expectedResult)
                .contributesTo(contributesTo)
                .indicators(indicators)
                .activities(activities)
                .build());
  }

  private Optional<Partner> partner(Fields f) {
    Optional<LocalizedText> name = f.required("name", this::text);
    Optional<PartnerType> type = f.required("type", vocabulary(Vocabulary.PARTNER_TYPES));
    return both(name, type, Partner::new);
  }

  private Optional<Indicator> indicator(Fields f) {
    Optional<IndicatorId> id = f.required("id", id(IndicatorId::of));
    Optional<IndicatorKind> kind = f.required("kind", vocabulary(Vocabulary.INDICATOR_KINDS));
    Optional<LocalizedText> name = f.required("name", this::text);
    Optional<String> unit = f.optional("unit", this::string);
    Direction direction =
        f.optional("direction", vocabulary(Vocabulary.DIRECTIONS)).orElse(Direction.INCREASE);
    Optional<Measurement> baseline =
        f.optional("baseline", object("baseline", MEASUREMENT, this::measurement));
    Optional<Measurement> target =
        f.optional("target", object("target", MEASUREMENT, this::measurement));
    ImmutableList<Measurement> measurements =
        f.list("measurements", object("measurement", MEASUREMENT, this::measurement));
    if (id.isEmpty() || kind.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Indicator(
            id.get(), kind.get(), name.get(), unit, direction, baseline, target, measurements));
  }

  private Optional<Measurement> measurement(Fields f) {
    Optional<PartialDate> date = f.required("date", this::date);
    Optional<BigDecimal> value = f.required("value", this::decimal);
    return both(date, value, Measurement::new);
  }

  /**
   * An activity. SPEC §3 gives no defaults for status, progress and weight: an activity that says
   * nothing has not started, is at 0 % and weighs 1.
   */
  private Optional<Activity> activity(Fields f) {
    Optional<ActivityId> id = f.required("id", id(ActivityId::of));
    Optional<LocalizedText> title = f.required("title", this::text);
    Optional<Period> period = period(f, "start", "end");
    ActivityStatus status =
        f.optional("status", vocabulary(Vocabulary.STATUSES)).orElse(ActivityStatus.NOT_STARTED);
    Optional<Double> progress = f.optional("progress", this::real);
    Optional<Double> weight = f.optional("weight", this::real);
    if (id.isEmpty()
        || title.isEmpty()
        || f.has("progress") && progress.isEmpty()
        || f.has("weight") && weight.isEmpty()) {
      return Optional.empty();
    }
    Period span = period.orElse(Period.ALWAYS);
    double percent = progress.orElse(0.0);
    // Made first with the default weight, so that a refusal is reported at the field it concerns.
    return attempt(
            f.at("progress"),
            () ->
                new Activity(id.get(), title.get(), span, status, percent, Activity.DEFAULT_WEIGHT))
        .flatMap(
            a ->
                attempt(
                    f.at("weight"),
                    () ->
                        new Activity(
                            a.id(),
                            a.title(),
                            span,
                            status,
                            percent,
                            weight.orElse(Activity.DEFAULT_WEIGHT))));
  }

  // --------------------------------------------------------------------- restructurings

  /**
   * A restructuring: its {@code type} says which fields it has, so that a field of another type is
   * reported as unknown.
   */
  private Optional<Restructuring> restructuring(DocumentNode node, Place place) {
    if (!(node instanceof DocumentNode.Mapping mapping)) {
      typeError(place, "a mapping (a restructuring)", node);
      return Optional.empty();
    }
    Optional<String> written =
        Optional.ofNullable(mapping.members().get("type"))
            .map(DocumentNode.Member::value)
            .filter(DocumentNode.Scalar.class::isInstance)
            .map(v -> ((DocumentNode.Scalar) v).text())
            .filter(RESTRUCTURING::containsKey);
    // Of an unknown type, only the fields no type has are reported unknown.
    List<String> keys =
        written
            .map(RESTRUCTURING::get)
            .orElseGet(
                () -> RESTRUCTURING.values().stream().flatMap(List::stream).distinct().toList());
    Fields f =
        new Fields(
            mapping, place, written.map(RESTRUCTURING_NAMES::get).orElse("restructuring"), keys);
    Optional<String> type = f.required("type", vocabulary(RESTRUCTURING_TYPES));
    Optional<PartialDate> date = f.required("date", this::date);
    Optional<String> basis = f.optional("basis", this::string);
    Optional<String> note = f.optional("note", this::string);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Restructuring> read =
        switch (type.get()) {
          case "rename" -> rename(f, date, basis, note);
          case "move" -> move(f, date, basis, note);
          case "merge" -> merge(f, date, basis, note);
          case "split" -> split(f, date, basis, note);
          default -> dissolve(f, date, basis, note);
        };
    return date.isPresent() ? read : Optional.empty();
  }

  private Optional<Restructuring> rename(
      Fields f, Optional<PartialDate> date, Optional<String> basis, Optional<String> note) {
    Optional<UnitId> unit = f.required("unit", id(UnitId::of));
    Optional<LocalizedText> name = f.required("name", this::text);
    Optional<String> acronym = f.optional("acronym", this::string);
    if (unit.isEmpty() || name.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Restructuring.Rename(unit.get(), name.get(), acronym, date.get(), basis, note));
  }

  private Optional<Restructuring> move(
      Fields f, Optional<PartialDate> date, Optional<String> basis, Optional<String> note) {
    Optional<UnitId> unit = f.required("unit", id(UnitId::of));
    Optional<UnitId> parent = f.required("parent", id(UnitId::of));
    if (unit.isEmpty() || parent.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Restructuring.Move(unit.get(), parent.get(), date.get(), basis, note));
  }

  private Optional<Restructuring> merge(
      Fields f, Optional<PartialDate> date, Optional<String> basis, Optional<String> note) {
    Optional<ImmutableList<UnitId>> units = f.requiredList("units", id(UnitId::of));
    Optional<UnitId> into = f.required("into", id(UnitId::of));
    Handover handover = handover(f, Optional.empty());
    if (units.isEmpty() || into.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Restructuring.Merge(units.get(), into.get(), handover, date.get(), basis, note));
  }

  private Optional<Restructuring> split(
      Fields f, Optional<PartialDate> date, Optional<String> basis, Optional<String> note) {
    Optional<UnitId> unit = f.required("unit", id(UnitId::of));
    Optional<ImmutableList<UnitId>> into = f.requiredList("into", id(UnitId::of));
    Handover handover = handover(f, Optional.of(unit));
    if (unit.isEmpty() || into.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Restructuring.Split(unit.get(), into.get(), handover, date.get(), basis, note));
  }

  private Optional<Restructuring> dissolve(
      Fields f, Optional<PartialDate> date, Optional<String> basis, Optional<String> note) {
    Optional<UnitId> unit = f.required("unit", id(UnitId::of));
    ImmutableList<UnitId> successors = f.list("successors", id(UnitId::of));
    Handover handover = handover(f, Optional.of(unit));
    if (unit.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Restructuring.Dissolve(unit.get(), successors, handover, date.get(), basis, note));
  }

  /**
   * The handover of a restructuring. {@code ended} is the one unit it ends, whose attributions may
   * be written by index alone; empty for a merge, which ends several and names each attribution
   * {@code UNIT/INDEX} (and empty inside, when that unit could not be read).
   */
  private Handover handover(Fields f, Optional<Optional<UnitId>> ended) {
    Handover handover = Handover.NONE;
    Read<Holding.Attribution> attribution = attributionRef(ended);
    for (Map.Entry<UnitId, ImmutableList<Holding.Attribution>> given :
        f.byUnit("attributions", attribution).entrySet()) {
      handover = handover.withAttributions(given.getKey(), given.getValue());
    }
    handover = handover.withDropped(f.list("dropped", attribution));
    for (Map.Entry<UnitId, ImmutableList<CommitmentId>> given :
        f.byUnit("commitments", id(CommitmentId::of)).entrySet()) {
      handover = handover.withCommitments(given.getKey(), given.getValue());
    }
    for (Map.Entry<UnitId, ImmutableList<StrategyId>> given :
        f.byUnit("strategies", id(StrategyId::of)).entrySet()) {
      handover = handover.withStrategies(given.getKey(), given.getValue());
    }
    for (Map.Entry<UnitId, ImmutableList<ElementRef>> given :
        f.byUnit("actions", id(ElementRef::parse)).entrySet()) {
      handover = handover.withActions(given.getKey(), given.getValue());
    }
    return handover;
  }

  /** An attribution: {@code UNIT/INDEX}, or {@code INDEX} of the one unit a restructuring ends. */
  private Read<Holding.Attribution> attributionRef(Optional<Optional<UnitId>> ended) {
    return (node, place) -> {
      if (node instanceof DocumentNode.Scalar scalar && scalar.kind() == DocumentNode.Kind.NUMBER) {
        if (ended.isEmpty()) {
          typeError(place, "UNIT/INDEX (a merge ends several units)", node);
          return Optional.empty();
        }
        return integer(node, place)
            .flatMap(
                index ->
                    ended
                        .get()
                        .flatMap(
                            unit -> attempt(place, () -> new Holding.Attribution(unit, index))));
      }
      return string(node, place)
          .flatMap(
              text -> {
                Matcher written = ATTRIBUTION_REF.matcher(text);
                if (!written.matches()) {
                  report.add(
                      Rule.ID_INVALID,
                      place,
                      "'"
                          + text
                          + "' is not an attribution: write UNIT/INDEX (e.g. dgas/0), or the"
                          + " index alone for the unit a split or a dissolution ends");
                  return Optional.empty();
                }
                return attempt(
                    place,
                    () ->
                        new Holding.Attribution(
                            UnitId.of(written.group(1)), Integer.parseInt(written.group(2))));
              });
    };
  }

  // ------------------------------------------------------------------ shared field reads

  /** The period between two date fields of {@code f}; an inverted one is reported at its end. */
  private Optional<Period> period(Fields f, String startKey, String endKey) {
    Optional<PartialDate> start = f.optional(startKey, this::date);
    Optional<PartialDate> end = f.optional(endKey, this::date);
    return attempt(f.at(endKey), () -> new Period(start, end));
  }

  private Optional<String> languageTag(DocumentNode node, Place place) {
    return string(node, place)
        .filter(
            tag -> {
              boolean valid = LANGUAGE_TAG.matcher(tag).matches();
              if (!valid) {
                report.add(Rule.FIELD_TYPE, place, notALanguageTag(tag));
              }
              return valid;
            });
  }

  private static String notALanguageTag(String tag) {
    return "'" + tag + "' is not a language tag: write a BCP 47 tag such as fr, ar or en";
  }

  /** A {@link LocalizedText}: a string in the document's language, or a map from tag to string. */
  private Optional<LocalizedText> text(DocumentNode node, Place place) {
    if (node instanceof DocumentNode.Mapping mapping) {
      Map<String, String> texts = new LinkedHashMap<>();
      boolean complete = true;
      for (DocumentNode.Member member : mapping.members().values()) {
        Place at = place.child(member.key(), member.line());
        if (!LANGUAGE_TAG.matcher(member.key()).matches()) {
          report.add(Rule.FIELD_TYPE, at, notALanguageTag(member.key()));
          complete = false;
        } else {
          Optional<String> text = string(member.value(), at);
          text.ifPresent(t -> texts.put(member.key(), t));
          complete &= text.isPresent();
        }
      }
      return complete ? attempt(place, () -> LocalizedText.of(texts)) : Optional.empty();
    }
    if (!isTextLike(node)) {
      typeError(place, "a text, or a mapping from language tag to text", node);
      return Optional.empty();
    }
    return attempt(place, () -> LocalizedText.of(language, ((DocumentNode.Scalar) node).text()));
  }

  private Optional<String> string(DocumentNode node, Place place) {
    if (!isTextLike(node)) {
      typeError(place, "a text", node);
      return Optional.empty();
    }
    return Optional.of(((DocumentNode.Scalar) node).text());
  }

  /**
   * A string, or a YAML plain scalar that the parser took for a number or a boolean: where a text
   * is expected, the author meant the text as written ({@code acronym: 2024}).
   */
  private static boolean isTextLike(DocumentNode node) {
    return node instanceof DocumentNode.Scalar scalar
        && (scalar.kind() == DocumentNode.Kind.STRING
            || scalar.implicit()
                && (scalar.kind() == DocumentNode.Kind.NUMBER
                    || scalar.kind() == DocumentNode.Kind.BOOLEAN));
  }

  /** An identifier (or reference) made by the domain type, which refuses what is not a slug. */
  private <T> Read<T> id(Function<String, T> make) {
    return (node, place) ->
        string(node, place).flatMap(text -> attempt(place, () -> make.apply(text)));
  }

  private <E> Read<E> vocabulary(Vocabulary<E> vocabulary) {
    return (node, place) ->
        string(node, place)
            .flatMap(
                word -> {
                  Optional<E> value = vocabulary.fromCode().apply(word);
                  if (value.isEmpty()) {
                    report.add(Rule.FIELD_TYPE, place, vocabulary.refusal(word));
                  }
                  return value;
                });
  }

  /** A date written as a string, or as a number for a year alone (YAML reads 2024 so). */
  private Optional<PartialDate> date(DocumentNode node, Place place) {
    if (node instanceof DocumentNode.Scalar scalar
        && (scalar.kind() == DocumentNode.Kind.STRING
            || scalar.kind() == DocumentNode.Kind.NUMBER)) {
      return attempt(place, () -> PartialDate.parse(scalar.text()));
    }
    typeError(place, "a date (YYYY, YYYY-MM or YYYY-MM-DD)", node);
    return Optional.empty();
  }

  private Optional<Integer> integer(DocumentNode node, Place place) {
    return decimal(node, place)
        .flatMap(
            number -> {
              try {
                return Optional.of(number.intValueExact());
              } catch (ArithmeticException e) {
                typeError(place, "a whole number", node);
                return Optional.empty();
              }
            });
  }

  private Optional<Double> real(DocumentNode node, Place place) {
    return decimal(node, place).map(BigDecimal::doubleValue);
  }

  private Optional<BigDecimal> decimal(DocumentNode node, Place place) {
    if (!(node instanceof DocumentNode.Scalar scalar)
        || scalar.kind() != DocumentNode.Kind.NUMBER) {
      typeError(place, "a number", node);
      return Optional.empty();
    }
    BigDecimal number = scalar.number();
    if (number == null) {
      typeError(place, "a finite number", node);
      return Optional.empty();
    }
    if (Math.abs(number.scale()) > MAX_SCALE) {
      report.add(
          Rule.VALUE_RANGE,
          place,
          "the number "
              + scalar.text()
              + " is out of range: write it with at most "
              + MAX_SCALE
              + " digits around the decimal point");
      return Optional.empty();
    }
    return Optional.of(number);
  }

  private Optional<Boolean> bool(DocumentNode node, Place place) {
    if (node instanceof DocumentNode.Scalar scalar && scalar.kind() == DocumentNode.Kind.BOOLEAN) {
      return Optional.of(scalar.text().equalsIgnoreCase("true"));
    }
    typeError(place, "true or false", node);
    return Optional.empty();
  }

  // -------------------------------------------------------------------------- machinery

  /** Reads one value of the document at a place, reporting what is wrong with it. */
  @FunctionalInterface
  private interface Read<T> {
    Optional<T> read(DocumentNode node, Place place);
  }

  /** Reads a mapping that stands for an object of the format, checking its keys. */
  private <T> Read<T> object(String what, List<String> keys, Function<Fields, Optional<T>> build) {
    return (node, place) -> {
      if (!(node instanceof DocumentNode.Mapping mapping)) {
        typeError(place, "a mapping (" + article(what) + ")", node);
        return Optional.empty();
      }
      return build.apply(new Fields(mapping, place, what, keys));
    };
  }

  /** Makes a domain value; if the domain refuses it, reports why at {@code place}. */
  private <T> Optional<T> attempt(Place place, Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (InvariantViolation refused) {
      report.add(Rule.of(refused.invariant()), place, refused.getMessage());
      return Optional.empty();
    }
  }

  /** Remembers the id of an object left out, and leaves it out. */
  private <T> Optional<T> skipped(Fields f) {
    f.rawText("id").ifPresent(skippedIds::add);
    return Optional.empty();
  }

  private void typeError(Place place, String expected, DocumentNode found) {
    report.add(
        Rule.FIELD_TYPE, place, "expected " + expected + ", found " + DocumentNode.describe(found));
  }

  private static <A, B, T> Optional<T> both(
      Optional<A> a, Optional<B> b, BiFunction<A, B, T> make) {
    return a.isPresent() && b.isPresent()
        ? Optional.of(make.apply(a.get(), b.get()))
        : Optional.empty();
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private static String article(String what) {
    return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
  }

  private static String shown(DocumentNode node) {
    return node instanceof DocumentNode.Scalar scalar
        ? "'" + scalar.text() + "'"
        : DocumentNode.describe(node);
  }

  /** Every {@code id} written in {@code node} and below it. */
  private static List<String> idsWithin(DocumentNode node) {
    List<String> ids = new ArrayList<>();
    if (node instanceof DocumentNode.Mapping mapping) {
      mapping
          .members()
          .values()
          .forEach(
              member -> {
                if (member.key().equals("id")
                    && member.value() instanceof DocumentNode.Scalar scalar) {
                  ids.add(scalar.text());
                } else {
                  ids.addAll(idsWithin(member.value()));
                }
              });
    } else if (node instanceof DocumentNode.Sequence sequence) {
      sequence.items().forEach(item -> ids.addAll(idsWithin(item)));
    }
    return ids;
  }

  /** The fields of one object of the document, read with findings at their own places. */
  private final class Fields {
    private final DocumentNode.Mapping node;
    private final Place place;
    private final String what;

    Fields(DocumentNode.Mapping node, Place place, String what, List<String> keys) {
      this.node = node;
      this.place = place;
      this.what = what;
      for (DocumentNode.Member member : node.members().values()) {
        if (!keys.contains(member.key())) {
          report.add(
              Rule.FIELD_UNKNOWN,
              place.child(member.key(), member.line()),
              "'"
                  + member.key()
                  + "' is not a field of "
                  + article(what)
                  + Suggestion.didYouMean(member.key(), keys)
                  + ": its fields are "
                  + String.join(", ", keys));
        }
      }
    }

    Place place() {
      return place;
    }

    /** The place of a field: the line of its key, or of the object when the field is missing. */
    Place at(String key) {
      DocumentNode.Member member = node.members().get(key);
      return place.child(key, member == null ? place.line() : member.line());
    }

    /** Whether the field is given; a null value counts as not given. */
    boolean has(String key) {
      return value(key).isPresent();
    }

    Optional<String> rawText(String key) {
      return value(key)
          .filter(DocumentNode.Scalar.class::isInstance)
          .map(v -> ((DocumentNode.Scalar) v).text());
    }

    private Optional<DocumentNode> value(String key) {
      DocumentNode.Member member = node.members().get(key);
      if (member == null
          || member.value() instanceof DocumentNode.Scalar scalar
              && scalar.kind() == DocumentNode.Kind.NULL) {
        return Optional.empty();
      }
      return Optional.of(member.value());
    }

    <T> Optional<T> optional(String key, Read<T> read) {
      return value(key).flatMap(v -> read.read(v, at(key)));
    }

    <T> Optional<T> required(String key, Read<T> read) {
      if (value(key).isEmpty()) {
        report.add(
            Rule.FIELD_REQUIRED, at(key), "'" + key + "' is missing: every " + what + " needs one");
        return Optional.empty();
      }
      return optional(key, read);
    }

    /** A list that must be given; empty when it is not, or is not a list. */
    <T> Optional<ImmutableList<T>> requiredList(String key, Read<T> read) {
      if (value(key).isEmpty()) {
        report.add(
            Rule.FIELD_REQUIRED, at(key), "'" + key + "' is missing: every " + what + " needs one");
        return Optional.empty();
      }
      boolean isList = value(key).get() instanceof DocumentNode.Sequence;
      ImmutableList<T> items = list(key, read);
      return isList ? Optional.of(items) : Optional.empty();
    }

    /**
     * A mapping from unit id to a list, {@code {dgas-1: [0, 2]}}: the units and the items that
     * could be read, in the order written.
     */
    <T> ImmutableMap<UnitId, ImmutableList<T>> byUnit(String key, Read<T> read) {
      Optional<DocumentNode> value = value(key);
      if (value.isEmpty()) {
        return ImmutableMap.of();
      }
      Place mapPlace = at(key);
      if (!(value.get() instanceof DocumentNode.Mapping mapping)) {
        typeError(mapPlace, "a mapping from unit id to a list", value.get());
        return ImmutableMap.of();
      }
      Map<UnitId, ImmutableList<T>> given = new LinkedHashMap<>();
      for (DocumentNode.Member member : mapping.members().values()) {
        Place memberPlace = mapPlace.child(member.key(), member.line());
        Optional<UnitId> unit = attempt(memberPlace, () -> UnitId.of(member.key()));
        ImmutableList<T> items = items(member.value(), memberPlace, read);
        unit.ifPresent(u -> given.put(u, items));
      }
      return ImmutableMap.copyOf(given);
    }

    /** The items that could be read; where some could not, remembers which were kept. */
    <T> ImmutableList<T> list(String key, Read<T> read) {
      Optional<DocumentNode> value = value(key);
      if (value.isEmpty()) {
        return ImmutableList.of();
      }
      return items(value.get(), at(key), read);
    }

    private <T> ImmutableList<T> items(DocumentNode value, Place listPlace, Read<T> read) {
      if (!(value instanceof DocumentNode.Sequence sequence)) {
        typeError(listPlace, "a list", value);
        return ImmutableList.of();
      }
      ImmutableList.Builder<T> items = ImmutableList.builder();
      int[] indexes = new int[sequence.items().size()];
      int count = 0;
      for (int i = 0; i < sequence.items().size(); i++) {
        DocumentNode item = sequence.items().get(i);
        Optional<T> made = read.read(item, listPlace.item(i, item.line()));
        if (made.isPresent()) {
          items.add(made.get());
          indexes[count++] = i;
        }
      }
      if (count < indexes.length) {
        kept.put(listPlace.pointer(), Arrays.copyOf(indexes, count));
      }
      return items.build();
    }
  }
}
