package org.civitas.application.port;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.validation.Finding;

/**
 * A change to the structure that the record refuses: a unit id taken already, a move that would
 * place a unit under itself, a dissolution that would leave units under a unit gone, a change that
 * would give the record an error finding. Nothing is changed.
 *
 * <p>Some reasons lie in the record as stored ({@link Reason#liesInTheRecord()}: another change may
 * clear them, e.g. moving the children first); the others lie in the request itself, which names a
 * unit or a day that cannot serve.
 */
public final class ChangeRefused extends RequestRefused {
  private static final long serialVersionUID = 1L;

  /** Why the change is refused. */
  public enum Reason {
    /** A new unit was given an id another unit has. */
    ID_TAKEN("id-taken", true),
    /** The unit would end up under itself. */
    WOULD_CREATE_CYCLE("would-create-cycle", true),
    /** Units would still sit under the unit after its dissolution. */
    LIVING_CHILDREN("living-children", true),
    /** The unit is dissolved already. */
    ALREADY_DISSOLVED("already-dissolved", true),
    /** The change names a unit the record does not hold. */
    UNKNOWN_UNIT("unknown-unit", false),
    /** The change names a unit on a day it did not exist. */
    NOT_ALIVE("not-alive", false),
    /**
     * The restructuring cannot take effect on the record as it stands: a unit it ends has an end of
     * its own, or a restructuring of the record dated after it could no longer take effect.
     */
    RESTRUCTURING_REFUSED("restructuring-refused", true),
    /**
     * The restructuring asked cannot be: a merge of one unit, a split into one, a unit among its
     * own successors or named twice, an attribution, commitment, strategy or action its units do
     * not hold, that the record does not hold, or handed over twice.
     */
    RESTRUCTURING_INVALID("restructuring-invalid", false),
    /** The unit as changed would break a rule of the record: see the findings. */
    ERRORS("errors", false);

    private final String code;
    private final boolean inRecord;

    Reason(String code, boolean inRecord) {
      this.code = code;
      this.inRecord = inRecord;
    }

    /** The name used in JSON, e.g. {@code would-create-cycle}. */
    public String code() {
      return code;
    }

    /**
     * Whether the record as stored stands in the way, so that another change may clear it; else the
     * request itself cannot be carried out.
     */
    public boolean liesInTheRecord() {
      return inRecord;
    }
  }

  /**
   * What is wrong at one field of what was asked: {@code pointer} is a JSON Pointer into the
   * restructuring as the dataset format writes it (e.g. {@code /commitments/dpsv/0}).
   */
  public record Mistake(String pointer, String detail) {}

  private final Reason reason;
  private final transient ImmutableList<Finding> findings;
  private final transient ImmutableList<Mistake> mistakes;

  public ChangeRefused(Reason reason, String message) {
    this(reason, message, ImmutableList.of(), ImmutableList.of());
  }

  /** Refused for {@code reason}, each of {@code mistakes} at its field. */
  public ChangeRefused(Reason reason, String message, ImmutableList<Mistake> mistakes) {
    this(reason, message, ImmutableList.of(), mistakes);
  }

  private ChangeRefused(
      Reason reason,
      String message,
      ImmutableList<Finding> findings,
      ImmutableList<Mistake> mistakes) {
    super(message);
    this.reason = reason;
    this.findings = findings;
    this.mistakes = mistakes;
  }

  /**
   * The change would give the record the error findings among {@code findings}, whose paths are
   * JSON Pointers into the unit as changed (e.g. {@code /links/0/unit}).
   */
  public static ChangeRefused withFindings(String what, ImmutableList<Finding> findings) {
    long errors = findings.stream().filter(Finding::isError).count();
    return new ChangeRefused(
        Reason.ERRORS,
        what
            + " would leave "
            + errors
            + (errors == 1 ? " error" : " errors")
            + " in the record and was not made: "
            + findings.stream()
                .filter(Finding::isError)
                .findFirst()
                .map(Finding::message)
                .orElse("see the findings"),
        findings,
        ImmutableList.of());
  }

  public Reason reason() {
    return reason;
  }

  /**
   * What the rules found in the unit as changed; empty unless the reason is {@link Reason#ERRORS}.
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** Where the change asked is wrong, field by field, when the refusal can say; else empty. */
  public ImmutableList<Mistake> mistakes() {
    return mistakes;
  }
}
