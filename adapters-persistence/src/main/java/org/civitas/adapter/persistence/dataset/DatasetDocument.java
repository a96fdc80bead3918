package org.civitas.adapter.persistence.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dataset document as it is written (SPEC §3): one record per object of the format, fields in the
 * order of the specification, absent fields left out. A text is an {@code Object}: a string in the
 * document's language, or a map from language tag to string.
 */
@JsonInclude(Include.NON_NULL)
@JsonPropertyOrder({"civitas", "language", "units", "strategies", "commitments", "restructurings"})
record DatasetDocument(
    int civitas,
    String language,
    @JsonInclude(Include.NON_EMPTY) List<Unit> units,
    @JsonInclude(Include.NON_EMPTY) List<Strategy> strategies,
    @JsonInclude(Include.NON_EMPTY) List<Commitment> commitments,
    @JsonInclude(Include.NON_EMPTY) List<Restructuring> restructurings) {

  static final int FORMAT_VERSION = 1;

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({
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
    "links"
  })
  record Unit(
      String id,
      String kind,
      @Nullable String parent,
      Object name,
      @Nullable String acronym,
      @Nullable Territory territory,
      @Nullable String established,
      @Nullable String dissolved,
      @Nullable Integer staff,
      @JsonInclude(Include.NON_EMPTY) List<Post> posts,
      @Nullable Mandate mandate,
      @JsonInclude(Include.NON_EMPTY) List<Link> links) {}

  @JsonPropertyOrder({"level", "name"})
  record Territory(String level, Object name) {}

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({"title", "holder", "role"})
  record Post(Object title, @Nullable String holder, String role) {}

  /** {@code exhaustive} is written only when false: true is the default. */
  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({"basis", "exhaustive", "attributions"})
  record Mandate(
      @Nullable String basis,
      @Nullable Boolean exhaustive,
      @JsonInclude(Include.NON_EMPTY) List<Object> attributions) {}

  /** An attribution with themes; one without is written as its text alone. */
  @JsonPropertyOrder({"text", "themes"})
  record ThemedAttribution(Object text, List<String> themes) {}

  @JsonPropertyOrder({"type", "unit"})
  record Link(String type, String unit) {}

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({"id", "title", "owner", "period", "summary", "axes"})
  record Strategy(
      String id,
      Object title,
      @Nullable String owner,
      @Nullable Period period,
      @Nullable Object summary,
      @JsonInclude(Include.NON_EMPTY) List<Axis> axes) {}

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({"start", "end"})
  record Period(@Nullable String start, @Nullable String end) {}

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({"id", "kind", "number", "title", "objectives"})
  record Axis(
      String id,
      String kind,
      @Nullable Integer number,
      Object title,
      @JsonInclude(Include.NON_EMPTY) List<Objective> objectives) {}

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({"id", "number", "title", "actions"})
  record Objective(
      String id,
      @Nullable Integer number,
      Object title,
      @JsonInclude(Include.NON_EMPTY) List<Action> actions) {}

  @JsonPropertyOrder({"id", "text", "owners"})
  record Action(String id, Object text, @JsonInclude(Include.NON_EMPTY) List<String> owners) {}

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({
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
    "activities"
  })
  record Commitment(
      String id,
      Object title,
      String lead,
      @JsonInclude(Include.NON_EMPTY) List<String> contributors,
      @JsonInclude(Include.NON_EMPTY) List<Partner> partners,
      @Nullable Period period,
      @Nullable Object problem,
      @Nullable Object solution,
      @JsonProperty("expected-result") @Nullable Object expectedResult,
      @JsonProperty("contributes-to") @JsonInclude(Include.NON_EMPTY) List<String> contributesTo,
      @JsonInclude(Include.NON_EMPTY) List<Indicator> indicators,
      @JsonInclude(Include.NON_EMPTY) List<Activity> activities) {}

  @JsonPropertyOrder({"name", "type"})
  record Partner(Object name, String type) {}

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({
    "id",
    "kind",
    "name",
    "unit",
    "direction",
    "baseline",
    "target",
    "measurements"
  })
  record Indicator(
      String id,
      String kind,
      Object name,
      @Nullable String unit,
      String direction,
      @Nullable Reference baseline,
      @Nullable Reference target,
      @JsonInclude(Include.NON_EMPTY) List<Measurement> measurements) {}

  /** A baseline or a target: the value first, as SPEC §3 writes them. */
  @JsonPropertyOrder({"value", "date"})
  record Reference(BigDecimal value, String date) {}

  @JsonPropertyOrder({"date", "value"})
  record Measurement(String date, BigDecimal value) {}

  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({"id", "title", "start", "end", "status", "progress", "weight"})
  record Activity(
      String id,
      Object title,
      @Nullable String start,
      @Nullable String end,
      String status,
      BigDecimal progress,
      BigDecimal weight) {}

  /**
   * A restructuring of any type: the fields its type does not have are left out. {@code into} is a
   * unit id for a merge and a list for a split; an attribution is {@code UNIT/INDEX}, or its index
   * alone for the one unit a split or a dissolution ends.
   */
  @JsonInclude(Include.NON_NULL)
  @JsonPropertyOrder({
    "type",
    "unit",
    "units",
    "name",
    "acronym",
    "parent",
    "into",
    "successors",
    "date",
    "basis",
    "note",
    "attributions",
    "dropped",
    "commitments",
    "strategies",
    "actions"
  })
  record Restructuring(
      String type,
      @Nullable String unit,
      @Nullable List<String> units,
      @Nullable Object name,
      @Nullable String acronym,
      @Nullable String parent,
      @Nullable Object into,
      @JsonInclude(Include.NON_EMPTY) @Nullable List<String> successors,
      String date,
      @Nullable String basis,
      @Nullable String note,
      @JsonInclude(Include.NON_EMPTY) Map<String, List<Object>> attributions,
      @JsonInclude(Include.NON_EMPTY) List<Object> dropped,
      @JsonInclude(Include.NON_EMPTY) Map<String, List<String>> commitments,
      @JsonInclude(Include.NON_EMPTY) Map<String, List<String>> strategies,
      @JsonInclude(Include.NON_EMPTY) Map<String, List<String>> actions) {}
}
