package org.civitas.domain.text;

import java.util.regex.Pattern;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * The one definition of an identifier: lower-case words of letters and digits joined by hyphens.
 */
public final class Slug {
  public static final int MAX_LENGTH = 64;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slug() {}

  public static boolean isValid(String value) {
    return value.length() <= MAX_LENGTH && SLUG.matcher(value).matches();
  }

  /** Returns {@code value} if it is a slug; otherwise refuses it with a message that says how. */
  public static String require(String value, String what) {
    InvariantViolation.require(
        isValid(value),
        Invariant.ID_INVALID,
        "'"
            + value
            + "' is not a valid "
            + what
            + ": use lower-case letters, digits and single hyphens"
            + " (e.g. 'direction-famille'), at most "
            + MAX_LENGTH
            + " characters");
    return value;
  }
}
