package org.civitas.adapter.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of the API, one record each, as the OpenAPI document describes them. A text is a
 * map from language tag to text, a date is written as its source gave it ({@code 2024}, {@code
 * 2024-01} or {@code 2024-01-15}), codes are the dataset format's ({@code in-progress}). Absent
 * values are left out of the JSON.
 */
final class Resources {

  private Resources() {}

  // ------------------------------------------------------------------------------ shared parts

  record Period(@Nullable String start, @Nullable String end) {}

  record Measurement(String date, BigDecimal value) {}

  record RollUp(int commitments, @Nullable Double meanProgress, Map<String, Integer> states) {}

  record CommitmentSummary(
      String id,
      Map<String, String> title,
      String lead,
      @Nullable Double progress,
      @Nullable String state) {}

  record Page<T>(List<T> items, @Nullable String nextCursor) {}

  // ------------------------------------------------------------------------------------ units

  record Territory(String level, Map<String, String> name) {}

  record Post(Map<String, String> title, @Nullable String holder, String role) {}

  record Attribution(Map<String, String> text, List<String> themes) {}

  record Mandate(@Nullable String basis, boolean exhaustive, List<Attribution> attributions) {}

  record Link(String type, String unit) {}

  record ParentLink(String parent, Period period) {}

  record Unit(
      String id,
      String kind,
      Map<String, String> name,
      @Nullable String acronym,
      @Nullable Territory territory,
      Period lifetime,
      @Nullable Integer staff,
      List<Post> posts,
      @Nullable Mandate mandate,
      List<Link> links,
      List<ParentLink> parents,
      long version,
      String asOf,
      boolean inForce,
      @Nullable String parent,
      List<String> children,
      RollUp rollUp,
      List<CommitmentSummary> commitments) {}

  /**
   * What a unit says of itself: the part of a unit that a merge patch changes, and that a new unit
   * is created with.
   */
  record UnitProperties(
      String kind,
      Map<String, String> name,
      @Nullable String acronym,
      @Nullable Territory territory,
      @Nullable Integer staff,
      List<Post> posts,
      @Nullable Mandate mandate,
      List<Link> links) {}

  /** An entry of the audit log. */
  record AuditEntry(
      String at,
      String actor,
      String action,
      String subject,
      @Nullable String before,
      @Nullable String after,
      @Nullable String note) {}

  /** A unit in a list: what tells it apart, and its parent on the day asked. */
  record UnitSummary(
      String id,
      String kind,
      Map<String, String> name,
      @Nullable String acronym,
      @Nullable String parent,
      @Nullable Match match) {}

  /** Where a search found a unit: its acronym, its name, or one of its attributions. */
  record Match(String field, @Nullable Map<String, String> attribution) {}

  record TreeNode(
      String id,
      String kind,
      Map<String, String> name,
      @Nullable String acronym,
      List<TreeNode> children,
      @Nullable Boolean truncated) {}

  record Tree(String asOf, int depth, TreeNode root) {}

  // --------------------------------------------------------------------------- restructurings

  /** A unit named beside another, by the name it bore on the day that matters there. */
  record UnitRef(
      String id,
      @Nullable String kind,
      @Nullable Map<String, String> name,
      @Nullable String acronym) {}

  /** An event of the record, its date as written and the ids of every unit it names. */
  record Restructuring(
      String type,
      String date,
      @Nullable String basis,
      @Nullable String note,
      List<String> units) {}

  /** A name a unit bore, for its days, and the rename that gave it when one did. */
  record Name(
      Map<String, String> name,
      @Nullable String acronym,
      Period period,
      @Nullable Restructuring restructuring) {}

  record HeldParent(UnitRef parent, Period period, @Nullable Restructuring restructuring) {}

  record Succession(UnitRef unit, String date, Restructuring restructuring) {}

  record UnitHistory(
      String id,
      String kind,
      Map<String, String> name,
      @Nullable String acronym,
      Period lifetime,
      List<Name> names,
      List<HeldParent> parents,
      List<Succession> predecessors,
      List<Succession> successors,
      @Nullable Restructuring endedBy,
      List<Restructuring> restructurings) {}

  record Change(
      String type,
      String date,
      List<UnitRef> units,
      List<UnitRef> successors,
      @Nullable Name nameBefore,
      @Nullable Name nameAfter,
      @Nullable UnitRef parentBefore,
      @Nullable UnitRef parentAfter,
      @Nullable Restructuring restructuring) {}

  record StructureDiff(String from, String to, @Nullable String unit, List<Change> changes) {}

  // ------------------------------------------------------------------------------- strategies

  record Action(String id, Map<String, String> text, List<String> owners) {}

  record Objective(
      String id, @Nullable Integer number, Map<String, String> title, List<Action> actions) {}

  record Axis(
      String id,
      String kind,
      @Nullable Integer number,
      Map<String, String> title,
      List<Objective> objectives) {}

  record Strategy(
      String id,
      Map<String, String> title,
      @Nullable String owner,
      Period period,
      @Nullable Map<String, String> summary,
      List<Axis> axes,
      long version,
      String asOf,
      List<CommitmentSummary> commitments) {}

  record Owner(String id, @Nullable Map<String, String> name) {}

  record ActionCoverage(
      String axis,
      String objective,
      String action,
      Map<String, String> text,
      List<Owner> owners,
      boolean owned) {}

  record Coverage(
      String strategy, String asOf, int actions, int unowned, List<ActionCoverage> rows) {}

  // ------------------------------------------------------------------------------ commitments

  record Partner(Map<String, String> name, String type) {}

  record Activity(
      String id,
      Map<String, String> title,
      Period period,
      String status,
      double progress,
      double weight,
      @Nullable Double expectedProgress,
      String state) {}

  record Indicator(
      String id,
      String kind,
      Map<String, String> name,
      @Nullable String unit,
      String direction,
      @Nullable Measurement baseline,
      @Nullable Measurement target,
      List<Measurement> measurements,
      @Nullable Measurement latest,
      @Nullable Double achievement) {}

  record Commitment(
      String id,
      Map<String, String> title,
      String lead,
      String leadWritten,
      boolean orphaned,
      List<String> contributors,
      List<Partner> partners,
      Period period,
      @Nullable Map<String, String> problem,
      @Nullable Map<String, String> solution,
      @Nullable Map<String, String> expectedResult,
      List<String> contributesTo,
      long version,
      String asOf,
      @Nullable Double progress,
      @Nullable String state,
      List<Activity> activities,
      List<Indicator> indicators) {}

  // --------------------------------------------------------------------------------- progress

  record UnitProgress(
      String id,
      Map<String, String> name,
      int depth,
      RollUp rollUp,
      List<CommitmentSummary> commitments) {}

  record Progress(
      String asOf,
      @Nullable String unit,
      List<UnitProgress> units,
      List<CommitmentSummary> orphaned,
      @Nullable String nextCursor) {}

  // ---------------------------------------------------------------------------------- dataset

  record FindingItem(
      String code, String severity, String path, @Nullable Integer line, String message) {}

  record Counts(long error, long warning, long info) {}

  record Validation(boolean valid, Counts counts, List<FindingItem> findings) {}

  record Imported(int units, int strategies, int commitments, List<FindingItem> findings) {}

  record Health(String status) {}
}
