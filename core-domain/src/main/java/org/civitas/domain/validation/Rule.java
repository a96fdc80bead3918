package org.civitas.domain.validation;

import java.util.Arrays;
import java.util.Optional;
import org.civitas.domain.invariant.Invariant;

/**
 * The rule catalogue (SPEC §4): every code a finding can carry, with its severity. The format rules
 * are checked by the dataset codec, the value rules by the domain types when they are made ({@link
 * Invariant}; {@link Finding#of} reports a refused value), and the others by {@link
 * SnapshotValidator} over a whole snapshot.
 */
public enum Rule {
  FORMAT_SYNTAX("format.syntax", Severity.ERROR, Scope.FORMAT),
  FORMAT_VERSION("format.version", Severity.ERROR, Scope.FORMAT),
  FIELD_REQUIRED("field.required", Severity.ERROR, Scope.FORMAT),
  FIELD_UNKNOWN("field.unknown", Severity.ERROR, Scope.FORMAT),
  FIELD_TYPE("field.type", Severity.ERROR, Scope.FORMAT),
  VALUE_RANGE("value.range", Severity.ERROR, Scope.VALUE),
  ID_INVALID("id.invalid", Severity.ERROR, Scope.VALUE),
  ID_DUPLICATE("id.duplicate", Severity.ERROR, Scope.SNAPSHOT),
  REF_UNKNOWN("ref.unknown", Severity.ERROR, Scope.SNAPSHOT),
  UNIT_CYCLE("unit.cycle", Severity.ERROR, Scope.SNAPSHOT),
  DATE_INVALID("date.invalid", Severity.ERROR, Scope.VALUE),
  PERIOD_INVERTED("period.inverted", Severity.ERROR, Scope.VALUE),
  DATE_PLACEHOLDER("date.placeholder", Severity.WARNING, Scope.SNAPSHOT),
  ACTIVITY_OUTSIDE_PERIOD("activity.outside-period", Severity.WARNING, Scope.SNAPSHOT),
  STATUS_PROGRESS_MISMATCH("status.progress-mismatch", Severity.WARNING, Scope.SNAPSHOT),
  TITLE_DUPLICATE("title.duplicate", Severity.WARNING, Scope.SNAPSHOT),
  UNIT_KIND_NESTING("unit.kind-nesting", Severity.WARNING, Scope.SNAPSHOT),
  UNIT_DISSOLVED_PARENT("unit.dissolved-parent", Severity.WARNING, Scope.SNAPSHOT),
  REF_DISSOLVED("ref.dissolved", Severity.WARNING, Scope.SNAPSHOT),
  COMMITMENT_PERIOD_MISSING("commitment.period.missing", Severity.WARNING, Scope.SNAPSHOT),
  ACTION_UNOWNED("action.unowned", Severity.INFO, Scope.SNAPSHOT),
  INDICATOR_TARGET_MISSING("indicator.target.missing", Severity.INFO, Scope.SNAPSHOT),
  RESTRUCTURING_INVALID("restructuring.invalid", Severity.ERROR, Scope.SNAPSHOT),
  RESTRUCTURING_ORPHANED("restructuring.orphaned", Severity.WARNING, Scope.SNAPSHOT);

  /** Where a rule is checked. */
  public enum Scope {
    /** By the dataset codec, on the document as written. */
    FORMAT,
    /** By the domain type that owns the value, when it is made. */
    VALUE,
    /** By {@link SnapshotValidator}, over a whole snapshot. */
    SNAPSHOT
  }

  private final String code;
  private final Severity severity;
  private final Scope scope;

  Rule(String code, Severity severity, Scope scope) {
    this.code = code;
    this.severity = severity;
    this.scope = scope;
  }

  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  public Scope scope() {
    return scope;
  }

  public static Optional<Rule> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  /** The rule that reports a broken invariant. */
  public static Rule of(Invariant invariant) {
    return fromCode(invariant.code()).orElseThrow();
  }
}
