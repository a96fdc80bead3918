package org.civitas.application.port;

/**
 * A write named a version of an aggregate that is no longer the stored one: someone else changed it
 * since it was read. Nothing was written; the writer reads again and decides.
 */
public final class VersionConflict extends RequestRefused {
  private static final long serialVersionUID = 1L;

  private final String aggregate;
  private final long expected;
  private final long actual;

  public VersionConflict(String aggregate, long expected, long actual) {
    super(
        aggregate
            + " is at version "
            + actual
            + ", not "
            + expected
            + ": it changed since it was read; read it again and redo the change");
    this.aggregate = aggregate;
    this.expected = expected;
    this.actual = actual;
  }

  /** What was written, e.g. {@code commitment upe}. */
  public String aggregate() {
    return aggregate;
  }

  /** The version the writer read. */
  public long expected() {
    return expected;
  }

  /** The version stored; 0 when nothing is stored under that id. */
  public long actual() {
    return actual;
  }
}
