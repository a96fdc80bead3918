package org.civitas.adapter.persistence.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.adapter.persistence.jdbc.Documents.CommitmentDocument;
import org.civitas.adapter.persistence.jdbc.Documents.MandateDocument;
import org.civitas.adapter.persistence.jdbc.Documents.PostDocument;
import org.civitas.adapter.persistence.jdbc.Documents.RestructuringDocument;
import org.civitas.adapter.persistence.jdbc.Documents.StrategyDocument;
import org.civitas.adapter.persistence.jdbc.Documents.TerritoryDocument;
import org.civitas.adapter.persistence.jdbc.Documents.UnitLinkDocument;
import org.civitas.adapter.persistence.jdbc.Rows.AuditRow;
import org.civitas.adapter.persistence.jdbc.Rows.CommitmentRow;
import org.civitas.adapter.persistence.jdbc.Rows.ParentLinkRow;
import org.civitas.adapter.persistence.jdbc.Rows.PathRow;
import org.civitas.adapter.persistence.jdbc.Rows.StrategyRow;
import org.civitas.adapter.persistence.jdbc.Rows.UnitRow;
import org.civitas.adapter.persistence.path.DatedPath;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.Territory;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Copies domain values to table rows and back. A unit's searchable fields get their own columns
 * (its kind, its lifetime as written and as days), its parts are JSON documents; strategies and
 * commitments are one document each beside the columns they are found by.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
abstract class RowMapper {

  static final RowMapper INSTANCE = Mappers.getMapper(RowMapper.class);

  private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};
  private static final TypeReference<List<PostDocument>> POSTS = new TypeReference<>() {};
  private static final TypeReference<List<UnitLinkDocument>> LINKS = new TypeReference<>() {};

  private final DocumentMapper documents = DocumentMapper.INSTANCE;

  // ------------------------------------------------------------------ units

  /** Written by hand: MapStruct does not see the accessors of the Immutables class. */
  UnitRow row(OrgUnit unit, int position, long version) {
    return new UnitRow(
        unit.id().value(),
        position,
        version,
        unit.kind().name(),
        names(unit.name()),
        unit.acronym().orElse(null),
        date(unit.lifetime().start()),
        date(unit.lifetime().end()),
        unit.lifetime().firstDay().orElse(null),
        unit.lifetime().lastDay().orElse(null),
        unit.staff().isPresent() ? unit.staff().getAsInt() : null,
        territory(unit.territory()),
        posts(unit.posts()),
        mandate(unit.mandate()),
        links(unit.links()));
  }

  /**
   * A unit as first established: it bore no name before, and the names a rename gives it come from
   * the restructurings, kept beside it.
   */
  @Mapping(target = "name", source = "row.names")
  @Mapping(target = "lifetime", expression = "java(period(row.established(), row.dissolved()))")
  @Mapping(target = "formerNames", ignore = true)
  abstract OrgUnit unit(UnitRow row, List<ParentLink> parents);

  @Mapping(target = "parentId", source = "link.parent")
  @Mapping(target = "startDate", source = "link.period.start")
  @Mapping(target = "endDate", source = "link.period.end")
  @Mapping(target = "firstDay", expression = "java(link.period().firstDay().orElse(null))")
  @Mapping(target = "lastDay", expression = "java(link.period().lastDay().orElse(null))")
  abstract ParentLinkRow row(UnitId unitId, int position, ParentLink link);

  @Mapping(target = "parent", source = "parentId")
  @Mapping(target = "period", expression = "java(period(row.startDate(), row.endDate()))")
  abstract ParentLink link(ParentLinkRow row);

  @Mapping(target = "unitId", source = "unit")
  abstract PathRow row(DatedPath path);

  // ------------------------------------------------------------------ strategies and commitments

  StrategyRow row(Strategy strategy, int position, long version) {
    return new StrategyRow(
        strategy.id().value(),
        position,
        version,
        strategy.owner().map(UnitId::value).orElse(null),
        Json.write(documents.document(strategy)));
  }

  Strategy strategy(StrategyRow row) {
    return documents.strategy(Json.read(row.document(), StrategyDocument.class));
  }

  CommitmentRow row(Commitment commitment, int position, long version) {
    return new CommitmentRow(
        commitment.id().value(),
        position,
        version,
        commitment.lead().value(),
        Json.write(documents.document(commitment)));
  }

  Commitment commitment(CommitmentRow row) {
    return documents.commitment(Json.read(row.document(), CommitmentDocument.class));
  }

  String document(Restructuring restructuring) {
    return Json.write(documents.document(restructuring));
  }

  Restructuring restructuring(String document) {
    return documents.restructuring(Json.read(document, RestructuringDocument.class));
  }

  // ------------------------------------------------------------------ audit entries

  @Mapping(target = "stateBefore", source = "before")
  @Mapping(target = "stateAfter", source = "after")
  abstract AuditRow row(AuditEntry entry);

  @Mapping(target = "before", source = "stateBefore")
  @Mapping(target = "after", source = "stateAfter")
  abstract AuditEntry entry(AuditRow row);

  // ------------------------------------------------------------------ single values

  String names(LocalizedText names) {
    return Json.write(names.texts());
  }

  LocalizedText names(String json) {
    return LocalizedText.of(Json.read(json, TEXTS));
  }

  @Nullable String territory(Optional<Territory> territory) {
    return territory.map(t -> Json.write(documents.document(t))).orElse(null);
  }

  Optional<Territory> territory(@Nullable String json) {
    return Optional.ofNullable(json)
        .map(j -> documents.territory(Json.read(j, TerritoryDocument.class)));
  }

  String posts(List<Post> posts) {
    return Json.write(documents.postDocuments(posts));
  }

  List<Post> posts(String json) {
    return documents.posts(Json.read(json, POSTS));
  }

  @Nullable String mandate(Optional<Mandate> mandate) {
    return mandate.map(m -> Json.write(documents.document(m))).orElse(null);
  }

  Optional<Mandate> mandate(@Nullable String json) {
    return Optional.ofNullable(json)
        .map(j -> documents.mandate(Json.read(j, MandateDocument.class)));
  }

  String links(List<UnitLink> links) {
    return Json.write(documents.linkDocuments(links));
  }

  List<UnitLink> links(String json) {
    return documents.links(Json.read(json, LINKS));
  }

  Period period(@Nullable String start, @Nullable String end) {
    return new Period(
        Optional.ofNullable(start).map(PartialDate::parse),
        Optional.ofNullable(end).map(PartialDate::parse));
  }

  @Nullable String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse(null);
  }

  @Nullable LocalDate day(Optional<LocalDate> day) {
    return day.orElse(null);
  }

  String id(UnitId id) {
    return id.value();
  }

  UnitId unitId(String id) {
    return UnitId.of(id);
  }

  Optional<String> optional(@Nullable String value) {
    return Optional.ofNullable(value);
  }

  @Nullable String value(Optional<String> value) {
    return value.orElse(null);
  }

  OptionalInt staff(@Nullable Integer staff) {
    return staff == null ? OptionalInt.empty() : OptionalInt.of(staff);
  }

  /** In UTC, which both databases keep exactly (to the microsecond). */
  OffsetDateTime moment(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  Instant instant(OffsetDateTime at) {
    return at.toInstant();
  }
}
