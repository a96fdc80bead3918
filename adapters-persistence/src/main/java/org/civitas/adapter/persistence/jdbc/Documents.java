package org.civitas.adapter.persistence.jdbc;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the record kept as JSON text: plain values only (texts as maps from language to
 * text, dates as they were written, ids and codes as strings), so that what is stored reads without
 * the domain's classes and survives their refactoring.
 */
final class Documents {

  private Documents() {}

  record PeriodDocument(@Nullable String start, @Nullable String end) {}

  record TerritoryDocument(String level, Map<String, String> name) {}

  record PostDocument(Map<String, String> title, @Nullable String holder, String role) {}

  record AttributionDocument(Map<String, String> text, List<String> themes) {}

  record MandateDocument(
      @Nullable String basis, boolean exhaustive, List<AttributionDocument> attributions) {}

  record UnitLinkDocument(String type, String unit) {}

  record ActionDocument(String id, Map<String, String> text, List<String> owners) {}

  record ObjectiveDocument(
      String id,
      @Nullable Integer number,
      Map<String, String> title,
      List<ActionDocument> actions) {}

  record AxisDocument(
      String id,
      String kind,
      @Nullable Integer number,
      Map<String, String> title,
      List<ObjectiveDocument> objectives) {}

  record StrategyDocument(
      String id,
      Map<String, String> title,
      @Nullable String owner,
      PeriodDocument period,
      @Nullable Map<String, String> summary,
      List<AxisDocument> axes) {}

  record PartnerDocument(Map<String, String> name, String type) {}

  /** A decimal as its exact text, so that {@code 3.50} comes back as {@code 3.50}. */
  record MeasurementDocument(String date, String value) {}

  record IndicatorDocument(
      String id,
      String kind,
      Map<String, String> name,
      @Nullable String unit,
      String direction,
      @Nullable MeasurementDocument baseline,
      @Nullable MeasurementDocument target,
      List<MeasurementDocument> measurements) {}

  record ActivityDocument(
      String id,
      Map<String, String> title,
      PeriodDocument period,
      String status,
      double progress,
      double weight) {}

  record CommitmentDocument(
      String id,
      Map<String, String> title,
      String lead,
      List<String> contributors,
      List<PartnerDocument> partners,
      PeriodDocument period,
      @Nullable Map<String, String> problem,
      @Nullable Map<String, String> solution,
      @Nullable Map<String, String> expectedResult,
      List<String> contributesTo,
      List<IndicatorDocument> indicators,
      List<ActivityDocument> activities) {}

  /**
   * A restructuring of any type, the fields of other types empty. {@code into} holds the one unit a
   * merge becomes or the units a split gives; attributions are {@code UNIT/INDEX}; the handover
   * maps keep the order written.
   */
  record RestructuringDocument(
      String type,
      @Nullable String unit,
      List<String> units,
      @Nullable Map<String, String> name,
      @Nullable String acronym,
      @Nullable String parent,
      List<String> into,
      List<String> successors,
      String date,
      @Nullable String basis,
      @Nullable String note,
      Map<String, List<String>> attributions,
      List<String> dropped,
      Map<String, List<String>> commitments,
      Map<String, List<String>> strategies,
      Map<String, List<String>> actions) {}
}
