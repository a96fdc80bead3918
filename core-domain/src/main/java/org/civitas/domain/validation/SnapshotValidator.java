package org.civitas.domain.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civitas.domain.snapshot.Snapshot;

/**
 * Checks the snapshot rules of the catalogue over a whole snapshot. It reads any snapshot, even one
 * with duplicated ids, unknown references or loops, and reports them rather than failing. Each
 * object is indexed once, so a check costs time in proportion to the size of the snapshot.
 */
public final class SnapshotValidator {

  /** A check of one rule over a whole snapshot. */
  @FunctionalInterface
  private interface Check {
    void run(Document document, Reporter reporter);
  }

  /** The check of each snapshot rule; for one object, findings follow this order. */
  private static final ImmutableMap<Rule, Check> CHECKS =
      ImmutableMap.<Rule, Check>builder()
          .put(Rule.ID_DUPLICATE, DuplicateIds::check)
          .put(Rule.REF_UNKNOWN, UnknownReferences::check)
          .put(Rule.UNIT_CYCLE, ParentCycles::check)
          .put(Rule.DATE_PLACEHOLDER, PlaceholderDates::check)
          .put(Rule.ACTIVITY_OUTSIDE_PERIOD, CommitmentChecks::activitiesOutsidePeriod)
          .put(Rule.STATUS_PROGRESS_MISMATCH, CommitmentChecks::statusProgressMismatches)
          .put(Rule.TITLE_DUPLICATE, DuplicateTitles::check)
          .put(Rule.UNIT_KIND_NESTING, UnitChecks::kindNesting)
          .put(Rule.UNIT_DISSOLVED_PARENT, UnitChecks::dissolvedParents)
          .put(Rule.REF_DISSOLVED, CommitmentChecks::dissolvedLeads)
          .put(Rule.COMMITMENT_PERIOD_MISSING, CommitmentChecks::missingPeriods)
          .put(Rule.ACTION_UNOWNED, StrategyChecks::unownedActions)
          .put(Rule.INDICATOR_TARGET_MISSING, CommitmentChecks::missingTargets)
          .put(Rule.RESTRUCTURING_INVALID, RestructuringChecks::invalid)
          .put(Rule.RESTRUCTURING_ORPHANED, RestructuringChecks::orphaned)
          .buildOrThrow();

  private static final ImmutableList<String> SECTIONS =
      ImmutableList.of("units", "strategies", "commitments", "restructurings");

  /** A finding with the place in the document of the object it concerns. */
  private record Placed(long place, Finding finding) {

    // Every path a check reports starts with /SECTION/POSITION.
    static Placed of(Finding finding) {
      String[] segments = finding.path().split("/", 4);
      long section = SECTIONS.indexOf(segments[1]);
      return new Placed((section << 32) + Integer.parseInt(segments[2]), finding);
    }
  }

  private SnapshotValidator() {}

  /**
   * Every finding of the snapshot rules, in document order: grouped by the unit, strategy or
   * commitment they concern, in the order these are given.
   */
  public static ImmutableList<Finding> validate(Snapshot snapshot) {
    Document document = Document.of(snapshot);
    List<Finding> findings = new ArrayList<>();
    CHECKS.forEach(
        (rule, check) ->
            check.run(document, (path, message) -> findings.add(Finding.at(rule, path, message))));
    // Units, strategies, commitments, then restructurings, each in the order given; the sort is
    // stable, so the findings on one object keep the order of CHECKS.
    return findings.stream()
        .map(Placed::of)
        .sorted(Comparator.comparingLong(Placed::place))
        .map(Placed::finding)
        .collect(ImmutableList.toImmutableList());
  }

  /** The rules this validator checks. */
  static ImmutableSet<Rule> checkedRules() {
    return CHECKS.keySet();
  }
}
