package org.civitas.adapter.persistence.jdbc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The rows of the tables, column for column (see the migrations for what each one holds). */
final class Rows {

  private Rows() {}

  public record UnitRow(
      String id,
      int position,
      long version,
      String kind,
      String names,
      @Nullable String acronym,
      @Nullable String established,
      @Nullable String dissolved,
      @Nullable LocalDate firstDay,
      @Nullable LocalDate lastDay,
      @Nullable Integer staff,
      @Nullable String territory,
      String posts,
      @Nullable String mandate,
      String links) {}

  public record ParentLinkRow(
      String unitId,
      int position,
      String parentId,
      @Nullable String startDate,
      @Nullable String endDate,
      @Nullable LocalDate firstDay,
      @Nullable LocalDate lastDay) {}

  public record PathRow(
      String unitId,
      String path,
      int depth,
      @Nullable LocalDate firstDay,
      @Nullable LocalDate lastDay) {}

  public record StrategyRow(
      String id, int position, long version, @Nullable String owner, String document) {}

  public record CommitmentRow(
      String id, int position, long version, String lead, String document) {}

  public record AuditRow(
      OffsetDateTime at,
      String actor,
      String action,
      String subject,
      @Nullable String stateBefore,
      @Nullable String stateAfter,
      @Nullable String note) {}
}
