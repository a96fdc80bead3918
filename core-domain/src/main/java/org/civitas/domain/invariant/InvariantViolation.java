package org.civitas.domain.invariant;

/** Thrown when a domain value would be made in a state that cannot exist. */
public final class InvariantViolation extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Invariant invariant;

  public InvariantViolation(Invariant invariant, String message) {
    super(message);
    this.invariant = invariant;
  }

  public Invariant invariant() {
    return invariant;
  }

  /** Refuses a value unless {@code condition} holds. */
  public static void require(boolean condition, Invariant invariant, String message) {
    if (!condition) {
      throw new InvariantViolation(invariant, message);
    }
  }
}
