package org.civitas.adapter.persistence.dataset;

import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
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
import org.jspecify.annotations.Nullable;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Copies a snapshot into the records of {@link DatasetDocument}. MapStruct generates the copy of
 * every domain record; the default methods hold what it cannot express: the three Immutables
 * aggregates (their accessors have no {@code get} prefix, which MapStruct does not read), a text
 * that is a string or a map depending on its languages, an attribution that is a text or a mapping,
 * and the spelling of codes, ids, dates and numbers.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface DocumentMapper {

  DocumentMapper INSTANCE = Mappers.getMapper(DocumentMapper.class);

  /** The language of the document being written: texts only in it are written as plain strings. */
  record Language(String tag) {}

  // ------------------------------------------------------------------ generated copies

  DatasetDocument.Territory territory(Territory territory, @Context Language language);

  DatasetDocument.Post post(Post post, @Context Language language);

  @Mapping(target = "exhaustive", qualifiedByName = "writtenWhenFalse")
  DatasetDocument.Mandate mandate(Mandate mandate, @Context Language language);

  DatasetDocument.Link link(UnitLink link);

  DatasetDocument.Axis axis(Axis axis, @Context Language language);

  DatasetDocument.Objective objective(Objective objective, @Context Language language);

  DatasetDocument.Action action(Action action, @Context Language language);

  DatasetDocument.Partner partner(Partner partner, @Context Language language);

  DatasetDocument.Indicator indicator(Indicator indicator, @Context Language language);

  DatasetDocument.Reference reference(Measurement measurement);

  DatasetDocument.Measurement measurement(Measurement measurement);

  @Mapping(target = "start", source = "period.start")
  @Mapping(target = "end", source = "period.end")
  DatasetDocument.Activity activity(Activity activity, @Context Language language);

  DatasetDocument.Period period(Period period);

  // -------------------------------------------------------------- the Immutables aggregates

  default DatasetDocument document(Snapshot snapshot, @Context Language language) {
    return new DatasetDocument(
        DatasetDocument.FORMAT_VERSION,
        language.tag(),
        snapshot.units().stream().map(u -> unit(u, language)).toList(),
        snapshot.strategies().stream().map(s -> strategy(s, language)).toList(),
        snapshot.commitments().stream().map(c -> commitment(c, language)).toList(),
        snapshot.restructurings().stream().map(r -> restructuring(r, language)).toList());
  }

  /** A restructuring, with the fields of its type only. */
  default DatasetDocument.Restructuring restructuring(
      Restructuring restructuring, @Context Language language) {
    String unit = null;
    List<String> units = null;
    Object name = null;
    String acronym = null;
    String parent = null;
    Object into = null;
    List<String> successors = null;
    Handover handover = Handover.NONE;
    Optional<UnitId> ended = Optional.empty();
    if (restructuring instanceof Restructuring.Rename rename) {
      unit = id(rename.unit());
      name = text(rename.name(), language);
      acronym = rename.acronym().orElse(null);
    } else if (restructuring instanceof Restructuring.Move move) {
      unit = id(move.unit());
      parent = id(move.parent());
    } else if (restructuring instanceof Restructuring.Merge merge) {
      units = ids(merge.units());
      into = id(merge.into());
      handover = merge.handover();
    } else if (restructuring instanceof Restructuring.Split split) {
      unit = id(split.unit());
      into = ids(split.into());
      handover = split.handover();
      ended = Optional.of(split.unit());
    } else if (restructuring instanceof Restructuring.Dissolve dissolve) {
      unit = id(dissolve.unit());
      successors = ids(dissolve.successors());
      handover = dissolve.handover();
      ended = Optional.of(dissolve.unit());
    }
    Optional<UnitId> one = ended;
    return new DatasetDocument.Restructuring(
        restructuring.type(),
        unit,
        units,
        name,
        acronym,
        parent,
        into,
        successors,
        date(restructuring.date()),
        restructuring.basis().orElse(null),
        restructuring.note().orElse(null),
        byUnit(handover.attributions(), a -> attribution(a, one)),
        handover.dropped().stream().map(a -> attribution(a, one)).toList(),
        byUnit(handover.commitments(), this::id),
        byUnit(handover.strategies(), this::id),
        byUnit(handover.actions(), this::ref));
  }

  /** An attribution by its index alone when it is of the one unit ended, else UNIT/INDEX. */
  private static Object attribution(Holding.Attribution attribution, Optional<UnitId> ended) {
    return ended.equals(Optional.of(attribution.unit()))
        ? attribution.index()
        : attribution.unit() + "/" + attribution.index();
  }

  private List<String> ids(List<UnitId> ids) {
    return ids.stream().map(this::id).toList();
  }

  private <V, W> Map<String, List<W>> byUnit(
      ImmutableListMultimap<UnitId, V> given, Function<V, W> written) {
    Map<String, List<W>> map = new LinkedHashMap<>();
    given
        .asMap()
        .forEach((unit, values) -> map.put(id(unit), values.stream().map(written).toList()));
    return map;
  }

  /**
   * A unit. Format 1 has one undated {@code parent}: a unit moved over time is written under its
   * latest parent.
   */
  default DatasetDocument.Unit unit(OrgUnit unit, @Context Language language) {
    return new DatasetDocument.Unit(
        id(unit.id()),
        code(unit.kind()),
        unit.parent().map(this::id).orElse(null),
        text(unit.name(), language),
        unit.acronym().orElse(null),
        unit.territory().map(t -> territory(t, language)).orElse(null),
        date(unit.established()),
        date(unit.dissolved()),
        number(unit.staff()),
        unit.posts().stream().map(p -> post(p, language)).toList(),
        unit.mandate().map(m -> mandate(m, language)).orElse(null),
        unit.links().stream().map(this::link).toList());
  }

  default DatasetDocument.Strategy strategy(Strategy strategy, @Context Language language) {
    return new DatasetDocument.Strategy(
        id(strategy.id()),
        text(strategy.title(), language),
        strategy.owner().map(this::id).orElse(null),
        periodOrNone(strategy.period()),
        text(strategy.summary(), language),
        strategy.axes().stream().map(a -> axis(a, language)).toList());
  }

  default DatasetDocument.Commitment commitment(Commitment commitment, @Context Language language) {
    return new DatasetDocument.Commitment(
        id(commitment.id()),
        text(commitment.title(), language),
        id(commitment.lead()),
        commitment.contributors().stream().map(this::id).toList(),
        commitment.partners().stream().map(p -> partner(p, language)).toList(),
        periodOrNone(commitment.period()),
        text(commitment.problem(), language),
        text(commitment.solution(), language),
        text(commitment.expectedResult(), language),
        commitment.contributesTo().stream().map(this::ref).toList(),
        commitment.indicators().stream().map(i -> indicator(i, language)).toList(),
        commitment.activities().stream().map(a -> activity(a, language)).toList());
  }

  // ------------------------------------------------------------------ texts and unions

  /**
   * A plain string when the text is only in the document's language, else the map of its languages.
   */
  default Object text(LocalizedText text, @Context Language language) {
    if (text.texts().size() == 1 && text.language().equals(language.tag())) {
      return text.text();
    }
    return text.texts();
  }

  default @Nullable Object text(Optional<LocalizedText> text, @Context Language language) {
    return text.map(t -> text(t, language)).orElse(null);
  }

  default Object attribution(Attribution attribution, @Context Language language) {
    Object text = text(attribution.text(), language);
    return attribution.themes().isEmpty()
        ? text
        : new DatasetDocument.ThemedAttribution(text, attribution.themes());
  }

  default List<Object> attributions(List<Attribution> attributions, @Context Language language) {
    return attributions.stream().map(a -> attribution(a, language)).toList();
  }

  @Named("writtenWhenFalse")
  default @Nullable Boolean writtenWhenFalse(boolean exhaustive) {
    return exhaustive ? null : Boolean.FALSE;
  }

  /** No period is written for one open at both ends. */
  @Named("periodOrNone")
  default DatasetDocument.@Nullable Period periodOrNone(Period period) {
    return period.equals(Period.ALWAYS) ? null : period(period);
  }

  // ------------------------------------------------ codes, ids, dates and numbers as written

  default String code(UnitKind kind) {
    return kind.code();
  }

  default String code(TerritoryLevel level) {
    return level.code();
  }

  default String code(PostRole role) {
    return role.code();
  }

  default String code(LinkType type) {
    return type.code();
  }

  default String code(AxisKind kind) {
    return kind.code();
  }

  default String code(PartnerType type) {
    return type.code();
  }

  default String code(IndicatorKind kind) {
    return kind.code();
  }

  default String code(Direction direction) {
    return direction.code();
  }

  default String code(ActivityStatus status) {
    return status.code();
  }

  default String id(UnitId id) {
    return id.value();
  }

  default String id(StrategyId id) {
    return id.value();
  }

  default String id(ElementId id) {
    return id.value();
  }

  default String id(CommitmentId id) {
    return id.value();
  }

  default String id(IndicatorId id) {
    return id.value();
  }

  default String id(ActivityId id) {
    return id.value();
  }

  default String ref(ElementRef ref) {
    return ref.toString();
  }

  default String date(PartialDate date) {
    return date.toString();
  }

  default @Nullable String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse(null);
  }

  default @Nullable String value(Optional<String> value) {
    return value.orElse(null);
  }

  default DatasetDocument.@Nullable Reference reference(Optional<Measurement> measurement) {
    return measurement.map(this::reference).orElse(null);
  }

  default @Nullable Integer number(OptionalInt number) {
    return number.isPresent() ? number.getAsInt() : null;
  }

  /** The shortest decimal that reads back as the same double: {@code 30}, not {@code 30.0}. */
  default BigDecimal number(double number) {
    BigDecimal exact = BigDecimal.valueOf(number);
    return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
  }
}
