package org.civitas.application.port;

import java.util.regex.Pattern;

/**
 * The public identifier of an API token, shown in lists and used to revoke it: 16 lower-case hex
 * digits. It is not the secret and does not let anyone act.
 */
public record ApiTokenId(String value) {

  private static final Pattern FORM = Pattern.compile("[0-9a-f]{16}");

  public ApiTokenId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a token id: give the 16 hex digits `token list` shows");
    }
  }

  public static ApiTokenId of(String value) {
    return new ApiTokenId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
