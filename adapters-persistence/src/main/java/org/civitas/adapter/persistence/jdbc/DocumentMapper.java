package org.civitas.adapter.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.civitas.adapter.persistence.jdbc.Documents.ActionDocument;
import org.civitas.adapter.persistence.jdbc.Documents.ActivityDocument;
import org.civitas.adapter.persistence.jdbc.Documents.AttributionDocument;
import org.civitas.adapter.persistence.jdbc.Documents.AxisDocument;
import org.civitas.adapter.persistence.jdbc.Documents.CommitmentDocument;
import org.civitas.adapter.persistence.jdbc.Documents.IndicatorDocument;
import org.civitas.adapter.persistence.jdbc.Documents.MandateDocument;
import org.civitas.adapter.persistence.jdbc.Documents.MeasurementDocument;
import org.civitas.adapter.persistence.jdbc.Documents.ObjectiveDocument;
import org.civitas.adapter.persistence.jdbc.Documents.PartnerDocument;
import org.civitas.adapter.persistence.jdbc.Documents.PeriodDocument;
import org.civitas.adapter.persistence.jdbc.Documents.PostDocument;
import org.civitas.adapter.persistence.jdbc.Documents.RestructuringDocument;
import org.civitas.adapter.persistence.jdbc.Documents.StrategyDocument;
import org.civitas.adapter.persistence.jdbc.Documents.TerritoryDocument;
import org.civitas.adapter.persistence.jdbc.Documents.UnitLinkDocument;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.Territory;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Copies domain values to the documents kept as JSON and back, field by field; the conversions of
 * single values (texts, dates, ids, optional values) are the default methods below. MapStruct reads
 * records and fills the Immutables builders, but does not see the Immutables classes' accessors, so
 * the strategy and commitment documents are filled by hand (an unmapped target fails the build, so
 * a field MapStruct cannot read is never left empty).
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface DocumentMapper {

  DocumentMapper INSTANCE = Mappers.getMapper(DocumentMapper.class);

  // ------------------------------------------------------------------ units' parts

  TerritoryDocument document(Territory territory);

  Territory territory(TerritoryDocument document);

  PostDocument document(Post post);

  Post post(PostDocument document);

  List<PostDocument> postDocuments(List<Post> posts);

  List<Post> posts(List<PostDocument> documents);

  MandateDocument document(Mandate mandate);

  Mandate mandate(MandateDocument document);

  AttributionDocument document(Attribution attribution);

  Attribution attribution(AttributionDocument document);

  UnitLinkDocument document(UnitLink link);

  UnitLink link(UnitLinkDocument document);

  List<UnitLinkDocument> linkDocuments(List<UnitLink> links);

  List<UnitLink> links(List<UnitLinkDocument> documents);

  // ------------------------------------------------------------------ strategies

  default StrategyDocument document(Strategy strategy) {
    return new StrategyDocument(
        id(strategy.id()),
        texts(strategy.title()),
        id(strategy.owner()),
        document(strategy.period()),
        texts(strategy.summary()),
        axisDocuments(strategy.axes()));
  }

  List<AxisDocument> axisDocuments(List<Axis> axes);

  Strategy strategy(StrategyDocument document);

  AxisDocument document(Axis axis);

  Axis axis(AxisDocument document);

  ObjectiveDocument document(Objective objective);

  Objective objective(ObjectiveDocument document);

  ActionDocument document(Action action);

  Action action(ActionDocument document);

  // ------------------------------------------------------------------ commitments

  default CommitmentDocument document(Commitment commitment) {
    return new CommitmentDocument(
        id(commitment.id()),
        texts(commitment.title()),
        id(commitment.lead()),
        ids(commitment.contributors()),
        partnerDocuments(commitment.partners()),
        document(commitment.period()),
        texts(commitment.problem()),
        texts(commitment.solution()),
        texts(commitment.expectedResult()),
        references(commitment.contributesTo()),
        indicatorDocuments(commitment.indicators()),
        activityDocuments(commitment.activities()));
  }

  List<String> ids(List<UnitId> ids);

  List<String> references(List<ElementRef> references);

  List<PartnerDocument> partnerDocuments(List<Partner> partners);

  List<IndicatorDocument> indicatorDocuments(List<Indicator> indicators);

  List<ActivityDocument> activityDocuments(List<Activity> activities);

  Commitment commitment(CommitmentDocument document);

  PartnerDocument document(Partner partner);

  Partner partner(PartnerDocument document);

  IndicatorDocument document(Indicator indicator);

  /** ({@code measured} gives a new indicator, it sets nothing.) */
  @Mapping(target = "measured", ignore = true)
  Indicator indicator(IndicatorDocument document);

  MeasurementDocument document(Measurement measurement);

  Measurement measurement(MeasurementDocument document);

  ActivityDocument document(Activity activity);

  Activity activity(ActivityDocument document);

  // ------------------------------------------------------------------ lists the domain keeps
  // immutable

  default ImmutableList<Attribution> attributions(List<AttributionDocument> documents) {
    return each(documents, this::attribution);
  }

  default ImmutableList<Objective> objectives(List<ObjectiveDocument> documents) {
    return each(documents, this::objective);
  }

  default ImmutableList<Action> actions(List<ActionDocument> documents) {
    return each(documents, this::action);
  }

  default ImmutableList<Measurement> measurements(List<MeasurementDocument> documents) {
    return each(documents, this::measurement);
  }

  default ImmutableList<UnitId> unitIds(List<String> ids) {
    return each(ids, UnitId::of);
  }

  default ImmutableList<String> strings(List<String> strings) {
    return ImmutableList.copyOf(strings);
  }

  private static <D, V> ImmutableList<V> each(List<D> documents, Function<D, V> mapping) {
    return documents.stream().map(mapping).collect(ImmutableList.toImmutableList());
  }

  // ------------------------------------------------------------------ single values

  default Map<String, String> texts(LocalizedText text) {
    return text.texts();
  }

  default LocalizedText text(Map<String, String> texts) {
    return LocalizedText.of(texts);
  }

  default @Nullable Map<String, String> texts(Optional<LocalizedText> text) {
    return text.map(LocalizedText::texts).orElse(null);
  }

  default Optional<LocalizedText> optionalText(@Nullable Map<String, String> texts) {
    return Optional.ofNullable(texts).map(LocalizedText::of);
  }

  default @Nullable String string(Optional<String> value) {
    return value.orElse(null);
  }

  default Optional<String> optionalString(@Nullable String value) {
    return Optional.ofNullable(value);
  }

  default @Nullable Integer number(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  default OptionalInt optionalNumber(@Nullable Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  default String date(PartialDate date) {
    return date.toString();
  }

  default PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  default PeriodDocument document(Period period) {
    return new PeriodDocument(
        period.start().map(PartialDate::toString).orElse(null),
        period.end().map(PartialDate::toString).orElse(null));
  }

  default Period period(PeriodDocument document) {
    return new Period(
        Optional.ofNullable(document.start()).map(PartialDate::parse),
        Optional.ofNullable(document.end()).map(PartialDate::parse));
  }

  default @Nullable MeasurementDocument document(Optional<Measurement> measurement) {
    return measurement.map(this::document).orElse(null);
  }

  default Optional<Measurement> optionalMeasurement(@Nullable MeasurementDocument document) {
    return Optional.ofNullable(document).map(this::measurement);
  }

  default String id(UnitId id) {
    return id.value();
  }

  default UnitId unitId(String id) {
    return UnitId.of(id);
  }

  default @Nullable String id(Optional<UnitId> id) {
    return id.map(UnitId::value).orElse(null);
  }

  default Optional<UnitId> optionalUnitId(@Nullable String id) {
    return Optional.ofNullable(id).map(UnitId::of);
  }

  default String id(StrategyId id) {
    return id.value();
  }

  default StrategyId strategyId(String id) {
    return StrategyId.of(id);
  }

  default String id(ElementId id) {
    return id.value();
  }

  default ElementId elementId(String id) {
    return ElementId.of(id);
  }

  default String id(CommitmentId id) {
    return id.value();
  }

  default CommitmentId commitmentId(String id) {
    return CommitmentId.of(id);
  }

  default String id(ActivityId id) {
    return id.value();
  }

  default ActivityId activityId(String id) {
    return ActivityId.of(id);
  }

  default String id(IndicatorId id) {
    return id.value();
  }

  default IndicatorId indicatorId(String id) {
    return IndicatorId.of(id);
  }

  default String reference(ElementRef reference) {
    return reference.toString();
  }

  default ElementRef reference(String text) {
    return ElementRef.parse(text);
  }

  // ------------------------------------------------------------------ restructurings

  /** Written by hand: one document for five types, each with fields of its own. */
  default RestructuringDocument document(Restructuring restructuring) {
    String unit = null;
    List<UnitId> units = List.of();
    Map<String, String> name = null;
    String acronym = null;
    String parent = null;
    List<UnitId> into = List.of();
    List<UnitId> successors = List.of();
    Handover handover = Handover.NONE;
    if (restructuring instanceof Restructuring.Rename rename) {
      unit = id(rename.unit());
      name = texts(rename.name());
      acronym = rename.acronym().orElse(null);
    } else if (restructuring instanceof Restructuring.Move move) {
      unit = id(move.unit());
      parent = id(move.parent());
    } else if (restructuring instanceof Restructuring.Merge merge) {
      units = merge.units();
      into = List.of(merge.into());
      handover = merge.handover();
    } else if (restructuring instanceof Restructuring.Split split) {
      unit = id(split.unit());
      into = split.into();
      handover = split.handover();
    } else if (restructuring instanceof Restructuring.Dissolve dissolve) {
      unit = id(dissolve.unit());
      successors = dissolve.successors();
      handover = dissolve.handover();
    }
    return new RestructuringDocument(
        restructuring.type(),
        unit,
        ids(units),
        name,
        acronym,
        parent,
        ids(into),
        ids(successors),
        date(restructuring.date()),
        restructuring.basis().orElse(null),
        restructuring.note().orElse(null),
        byUnit(handover.attributions(), DocumentMapper::attribution),
        handover.dropped().stream().map(DocumentMapper::attribution).toList(),
        byUnit(handover.commitments(), CommitmentId::value),
        byUnit(handover.strategies(), StrategyId::value),
        byUnit(handover.actions(), ElementRef::toString));
  }

  default Restructuring restructuring(RestructuringDocument document) {
    PartialDate date = date(document.date());
    Optional<String> basis = Optional.ofNullable(document.basis());
    Optional<String> note = Optional.ofNullable(document.note());
    return switch (document.type()) {
      case "rename" ->
          new Restructuring.Rename(
              unitId(Objects.requireNonNull(document.unit())),
              text(Objects.requireNonNull(document.name())),
              Optional.ofNullable(document.acronym()),
              date,
              basis,
              note);
      case "move" ->
          new Restructuring.Move(
              unitId(Objects.requireNonNull(document.unit())),
              unitId(Objects.requireNonNull(document.parent())),
              date,
              basis,
              note);
      case "merge" ->
          new Restructuring.Merge(
              unitIds(document.units()),
              unitId(document.into().get(0)),
              handover(document),
              date,
              basis,
              note);
      case "split" ->
          new Restructuring.Split(
              unitId(Objects.requireNonNull(document.unit())),
              unitIds(document.into()),
              handover(document),
              date,
              basis,
              note);
      default ->
          new Restructuring.Dissolve(
              unitId(Objects.requireNonNull(document.unit())),
              unitIds(document.successors()),
              handover(document),
              date,
              basis,
              note);
    };
  }

  private Handover handover(RestructuringDocument document) {
    Handover handover = Handover.NONE;
    for (Map.Entry<String, List<String>> given : document.attributions().entrySet()) {
      handover =
          handover.withAttributions(
              unitId(given.getKey()),
              given.getValue().stream().map(DocumentMapper::attribution).toList());
    }
    handover =
        handover.withDropped(document.dropped().stream().map(DocumentMapper::attribution).toList());
    for (Map.Entry<String, List<String>> given : document.commitments().entrySet()) {
      handover =
          handover.withCommitments(
              unitId(given.getKey()), given.getValue().stream().map(CommitmentId::of).toList());
    }
    for (Map.Entry<String, List<String>> given : document.strategies().entrySet()) {
      handover =
          handover.withStrategies(
              unitId(given.getKey()), given.getValue().stream().map(StrategyId::of).toList());
    }
    for (Map.Entry<String, List<String>> given : document.actions().entrySet()) {
      handover =
          handover.withActions(
              unitId(given.getKey()), given.getValue().stream().map(ElementRef::parse).toList());
    }
    return handover;
  }

  private static String attribution(Holding.Attribution attribution) {
    return attribution.unit() + "/" + attribution.index();
  }

  private static Holding.Attribution attribution(String written) {
    int slash = written.lastIndexOf('/');
    return new Holding.Attribution(
        UnitId.of(written.substring(0, slash)), Integer.parseInt(written.substring(slash + 1)));
  }

  private static <V> Map<String, List<String>> byUnit(
      ImmutableListMultimap<UnitId, V> given, Function<V, String> written) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    given
        .asMap()
        .forEach((unit, values) -> map.put(unit.value(), values.stream().map(written).toList()));
    return map;
  }
}
