package org.civitas.adapter.rest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.CoverageView;
import org.civitas.application.port.in.NamedUnit;
import org.civitas.application.port.in.ProgressReport;
import org.civitas.application.port.in.StrategyView;
import org.civitas.application.port.in.StructureDiffView;
import org.civitas.application.port.in.UnitHistoryView;
import org.civitas.application.port.in.UnitList;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.in.UnitView;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Direction;
import org.civitas.domain.commitment.IndicatorKind;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.commitment.PartnerType;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.DatedName;
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
import org.civitas.domain.organization.UnitSearch;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.Coverage;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Severity;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Copies the use cases' views into the records of {@link Resources}. MapStruct generates the copy
 * of every domain record; the default methods hold what it cannot express: the Immutables
 * aggregates (their accessors have no {@code get} prefix, which MapStruct does not read), the views
 * that put an aggregate beside its figures, and the spelling of codes, ids, dates and optional
 * figures.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ResourceMapper {

  ResourceMapper INSTANCE = Mappers.getMapper(ResourceMapper.class);

  // ------------------------------------------------------------------ generated copies

  Resources.Period period(Period period);

  Resources.Measurement measurement(Measurement measurement);

  Resources.Territory territory(Territory territory);

  Resources.Post post(Post post);

  Resources.Attribution attribution(Attribution attribution);

  Resources.Mandate mandate(Mandate mandate);

  Resources.Link link(UnitLink link);

  Resources.ParentLink parentLink(ParentLink link);

  Resources.Action action(Action action);

  Resources.Objective objective(Objective objective);

  Resources.Axis axis(Axis axis);

  Resources.Partner partner(Partner partner);

  /** A finding, with its rule's code and severity. */
  default Resources.FindingItem finding(Finding finding) {
    return new Resources.FindingItem(
        finding.code(),
        code(finding.severity()),
        finding.path(),
        number(finding.line()),
        finding.message());
  }

  List<Resources.FindingItem> findings(List<Finding> findings);

  default Resources.Counts counts(List<Finding> findings) {
    return new Resources.Counts(
        count(findings, Severity.ERROR),
        count(findings, Severity.WARNING),
        count(findings, Severity.INFO));
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  // ---------------------------------------------------------------- aggregates and views

  /** A unit as it stood on the day of the view, named as it was that day. */
  default Resources.Unit unit(UnitView view) {
    OrgUnit unit = view.unit();
    DatedName name = unit.nameOn(view.asOf());
    return new Resources.Unit(
        id(unit.id()),
        code(unit.kind()),
        text(name.name()),
        name.acronym().orElse(null),
        unit.territory().map(this::territory).orElse(null),
        period(unit.lifetime()),
        number(unit.staff()),
        unit.posts().stream().map(this::post).toList(),
        unit.mandate().map(this::mandate).orElse(null),
        unit.links().stream().map(this::link).toList(),
        unit.parents().stream().map(this::parentLink).toList(),
        view.version(),
        view.asOf().toString(),
        view.inForce(),
        view.parent().map(p -> id(p.id())).orElse(null),
        view.children().stream().map(c -> id(c.id())).toList(),
        rollUp(view.rollUp()),
        view.commitments().stream().map(this::summary).toList());
  }

  /** A unit in a list of {@code day}, named as it was that day. */
  default Resources.UnitSummary summary(OrgUnit unit, Optional<UnitId> parent, LocalDate day) {
    DatedName name = unit.nameOn(day);
    return new Resources.UnitSummary(
        id(unit.id()),
        code(unit.kind()),
        text(name.name()),
        name.acronym().orElse(null),
        parent.map(this::id).orElse(null),
        null);
  }

  default Resources.UnitProperties properties(UnitProperties properties) {
    return new Resources.UnitProperties(
        code(properties.kind()),
        text(properties.name()),
        properties.acronym().orElse(null),
        properties.territory().map(this::territory).orElse(null),
        number(properties.staff()),
        properties.posts().stream().map(this::post).toList(),
        properties.mandate().map(this::mandate).orElse(null),
        properties.links().stream().map(this::link).toList());
  }

  default Resources.AuditEntry auditEntry(AuditEntry entry) {
    return new Resources.AuditEntry(
        entry.at().toString(),
        entry.actor(),
        entry.action(),
        entry.subject(),
        entry.before().orElse(null),
        entry.after().orElse(null),
        entry.note().orElse(null));
  }

  /** A unit of a list, named as on {@code day}, with where a search found it when searched. */
  default Resources.UnitSummary summary(UnitList.Listed listed, LocalDate day) {
    return listed
        .match()
        .map(match -> summary(match, listed.parent(), day))
        .orElseGet(() -> summary(listed.unit(), listed.parent(), day));
  }

  default Resources.UnitSummary summary(
      UnitSearch.Match match, Optional<UnitId> parent, LocalDate day) {
    Resources.UnitSummary unit = summary(match.unit(), parent, day);
    return new Resources.UnitSummary(
        unit.id(),
        unit.kind(),
        unit.name(),
        unit.acronym(),
        unit.parent(),
        new Resources.Match(
            match.field().name().toLowerCase(java.util.Locale.ROOT),
            match.attribution().map(a -> text(a.text())).orElse(null)));
  }

  default Resources.CommitmentSummary summary(CommitmentSummary summary) {
    return new Resources.CommitmentSummary(
        summary.id().value(),
        text(summary.title()),
        id(summary.lead()),
        figure(summary.progress()),
        summary.state().map(this::code).orElse(null));
  }

  default Resources.RollUp rollUp(RollUp rollUp) {
    Map<ScheduleState, Integer> every = new EnumMap<>(ScheduleState.class);
    for (ScheduleState state : ScheduleState.values()) {
      every.put(state, rollUp.states().getOrDefault(state, 0));
    }
    Map<String, Integer> states = new java.util.LinkedHashMap<>();
    every.forEach((state, n) -> states.put(code(state), n));
    return new Resources.RollUp(rollUp.commitments(), figure(rollUp.meanProgress()), states);
  }

  default Resources.Strategy strategy(StrategyView view) {
    Strategy strategy = view.strategy();
    return new Resources.Strategy(
        id(strategy.id()),
        text(strategy.title()),
        strategy.owner().map(this::id).orElse(null),
        period(strategy.period()),
        text(strategy.summary()),
        strategy.axes().stream().map(axis -> axisOn(axis, view.coverage())).toList(),
        view.version(),
        view.asOf().toString(),
        view.commitments().stream().map(this::summary).toList());
  }

  /** {@code axis} with its actions' owners as {@code coverage} gives them, on its day. */
  default Resources.Axis axisOn(Axis axis, Coverage coverage) {
    Resources.Axis written = axis(axis);
    return new Resources.Axis(
        written.id(),
        written.kind(),
        written.number(),
        written.title(),
        axis.objectives().stream().map(o -> objectiveOn(o, coverage)).toList());
  }

  /** {@code objective} with its actions' owners as {@code coverage} gives them, on its day. */
  default Resources.Objective objectiveOn(Objective objective, Coverage coverage) {
    Resources.Objective written = objective(objective);
    return new Resources.Objective(
        written.id(),
        written.number(),
        written.title(),
        objective.actions().stream()
            .map(
                action ->
                    new Resources.Action(
                        id(action.id()),
                        text(action.text()),
                        coverage.ownersOf(action).stream().map(this::id).toList()))
            .toList());
  }

  default Resources.Coverage coverage(CoverageView view) {
    Coverage coverage = view.coverage();
    List<Resources.ActionCoverage> rows =
        coverage.actions().stream()
            .map(
                row ->
                    new Resources.ActionCoverage(
                        id(row.axis().id()),
                        id(row.objective().id()),
                        id(row.action().id()),
                        text(row.action().text()),
                        row.owners().stream()
                            .map(
                                owner ->
                                    new Resources.Owner(
                                        id(owner),
                                        Optional.ofNullable(view.owners().get(owner))
                                            .map(u -> text(u.name()))
                                            .orElse(null)))
                            .toList(),
                        row.isOwned()))
            .toList();
    return new Resources.Coverage(
        id(coverage.strategy()),
        view.asOf().toString(),
        rows.size(),
        coverage.unowned().size(),
        rows);
  }

  default Resources.Commitment commitment(CommitmentView view) {
    Commitment commitment = view.commitment();
    return new Resources.Commitment(
        commitment.id().value(),
        text(commitment.title()),
        id(view.lead()),
        id(commitment.lead()),
        view.orphaned(),
        commitment.contributors().stream().map(this::id).toList(),
        commitment.partners().stream().map(this::partner).toList(),
        period(commitment.period()),
        text(commitment.problem()),
        text(commitment.solution()),
        text(commitment.expectedResult()),
        commitment.contributesTo().stream().map(ElementRef::toString).toList(),
        view.version(),
        view.asOf().toString(),
        figure(view.progress()),
        view.state().map(this::code).orElse(null),
        view.activities().stream().map(this::activity).toList(),
        view.indicators().stream().map(this::indicator).toList());
  }

  default Resources.Activity activity(CommitmentView.ActivityFigures figures) {
    var activity = figures.activity();
    return new Resources.Activity(
        activity.id().value(),
        text(activity.title()),
        period(activity.period()),
        code(activity.status()),
        activity.progress(),
        activity.weight(),
        figure(figures.expectedProgress()),
        code(figures.state()));
  }

  default Resources.Indicator indicator(CommitmentView.IndicatorFigures figures) {
    var indicator = figures.indicator();
    return new Resources.Indicator(
        indicator.id().value(),
        code(indicator.kind()),
        text(indicator.name()),
        indicator.unit().orElse(null),
        code(indicator.direction()),
        measurement(indicator.baseline()),
        measurement(indicator.target()),
        indicator.measurements().stream().map(this::measurement).toList(),
        measurement(figures.latest()),
        figure(figures.achievement()));
  }

  /**
   * {@code node} down to {@code levels} below it, each unit named as on {@code day}; a node at the
   * last level whose children were cut off says so, so that a client knows to ask for the tree
   * below it.
   */
  default Resources.TreeNode treeNode(
      org.civitas.domain.organization.TreeNode node, int levels, LocalDate day) {
    OrgUnit unit = node.unit();
    DatedName name = unit.nameOn(day);
    boolean cut = levels == 0 && !node.children().isEmpty();
    return new Resources.TreeNode(
        id(unit.id()),
        code(unit.kind()),
        text(name.name()),
        name.acronym().orElse(null),
        levels == 0
            ? List.of()
            : node.children().stream().map(child -> treeNode(child, levels - 1, day)).toList(),
        cut ? Boolean.TRUE : null);
  }

  default Resources.UnitHistory history(UnitHistoryView view) {
    OrgUnit unit = view.unit();
    DatedName latest = unit.names().get(unit.names().size() - 1);
    return new Resources.UnitHistory(
        id(unit.id()),
        code(unit.kind()),
        text(latest.name()),
        latest.acronym().orElse(null),
        period(unit.lifetime()),
        view.names().stream()
            .map(n -> name(n.name(), n.givenBy().map(this::restructuring).orElse(null)))
            .toList(),
        view.parents().stream()
            .map(
                p ->
                    new Resources.HeldParent(
                        unitRef(p.parent()),
                        period(p.link().period()),
                        p.madeBy().map(this::restructuring).orElse(null)))
            .toList(),
        view.predecessors().stream().map(this::succession).toList(),
        view.successors().stream().map(this::succession).toList(),
        view.endedBy().map(this::restructuring).orElse(null),
        view.restructurings().stream().map(this::restructuring).toList());
  }

  default Resources.Succession succession(UnitHistoryView.Lineage lineage) {
    return new Resources.Succession(
        unitRef(lineage.unit()), lineage.date().toString(), restructuring(lineage.restructuring()));
  }

  default Resources.StructureDiff diff(StructureDiffView view) {
    return new Resources.StructureDiff(
        view.from().toString(),
        view.to().toString(),
        view.unit().map(this::id).orElse(null),
        view.changes().stream().map(this::change).toList());
  }

  default Resources.Change change(StructureDiffView.Change change) {
    return new Resources.Change(
        change.kind().code(),
        change.date().toString(),
        change.units().stream().map(this::unitRef).toList(),
        change.successors().stream().map(this::unitRef).toList(),
        change.nameBefore().map(n -> name(n, null)).orElse(null),
        change.nameAfter().map(n -> name(n, null)).orElse(null),
        change.parentBefore().map(this::unitRef).orElse(null),
        change.parentAfter().map(this::unitRef).orElse(null),
        change.restructuring().map(this::restructuring).orElse(null));
  }

  default Resources.Name name(DatedName name, Resources.@Nullable Restructuring givenBy) {
    return new Resources.Name(
        text(name.name()), name.acronym().orElse(null), period(name.period()), givenBy);
  }

  default Resources.UnitRef unitRef(NamedUnit unit) {
    return new Resources.UnitRef(
        id(unit.id()),
        unit.kind().map(this::code).orElse(null),
        unit.name().map(n -> text(n.name())).orElse(null),
        unit.name().flatMap(DatedName::acronym).orElse(null));
  }

  default Resources.Restructuring restructuring(Restructuring restructuring) {
    return new Resources.Restructuring(
        restructuring.type(),
        restructuring.date().toString(),
        restructuring.basis().orElse(null),
        restructuring.note().orElse(null),
        restructuring.unitsNamed().stream().map(this::id).toList());
  }

  default Resources.UnitProgress unitProgress(ProgressReport.UnitProgress row, LocalDate day) {
    return new Resources.UnitProgress(
        id(row.unit().id()),
        text(row.unit().nameOn(day).name()),
        row.depth(),
        rollUp(row.rollUp()),
        row.commitments().stream().map(this::summary).toList());
  }

  // ------------------------------------------------ codes, ids, texts, dates and figures

  default Map<String, String> text(LocalizedText text) {
    return text.texts();
  }

  default @Nullable Map<String, String> text(Optional<LocalizedText> text) {
    return text.map(this::text).orElse(null);
  }

  default @Nullable String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse(null);
  }

  default String date(PartialDate date) {
    return date.toString();
  }

  default @Nullable String string(Optional<String> value) {
    return value.orElse(null);
  }

  default @Nullable Integer number(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  default @Nullable Double figure(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  default Resources.@Nullable Measurement measurement(Optional<Measurement> measurement) {
    return measurement.map(this::measurement).orElse(null);
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

  default String code(ActivityStatus status) {
    return status.code();
  }

  default String code(ScheduleState state) {
    return state.code();
  }

  default String code(IndicatorKind kind) {
    return kind.code();
  }

  default String code(Direction direction) {
    return direction.code();
  }

  default String code(Severity severity) {
    return severity.code();
  }
}
