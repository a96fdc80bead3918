package org.civitas.adapter.rest;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags and the conditions built on them. A representation of one stored aggregate as it is
 * stored has the strong tag {@code "v<version>"}; any other representation (one that puts an
 * aggregate beside the units or commitments around it, a list, a file) has a strong tag that is a
 * hash of its bytes.
 */
final class Conditions {

  private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*");
  private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]{0,17})");

  private Conditions() {}

  static String ofVersion(long version) {
    return "\"v" + version + "\"";
  }

  static String ofBytes(byte[] bytes) {
    return "\"h"
        + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(bytes)).substring(0, 27)
        + "\"";
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Whether the client holds {@code etag} already ({@code If-None-Match}, weak comparison): then
   * the answer is 304 without a body.
   */
  static boolean notModified(Context ctx, String etag) {
    String header = ctx.header("If-None-Match");
    if (header == null) {
      return false;
    }
    if (header.strip().equals("*")) {
      return true;
    }
    String opaque = opaque(etag);
    return tags(header).stream().anyMatch(t -> t.opaque().equals(opaque));
  }

  /** The tags of {@code If-Match}; empty when the header is absent. */
  static Optional<String> ifMatch(Context ctx) {
    return Optional.ofNullable(ctx.header("If-Match")).map(String::strip);
  }

  /**
   * The version a write is made against, from {@code If-Match: "v<version>"}.
   *
   * @throws Problem {@code precondition-required} without the header or with {@code *}, {@code
   *     version-conflict} when it names no version (no such tag can match), {@code
   *     invalid-parameter} when it names several
   */
  static long requiredVersion(Context ctx, String resource) {
    String header =
        ifMatch(ctx)
            .orElseThrow(
                () ->
                    new Problem(
                        ProblemType.PRECONDITION_REQUIRED,
                        "a change to "
                            + resource
                            + " needs If-Match with the ETag you read (GET it first), so that no"
                            + " change made since is lost"));
    if (header.equals("*")) {
      throw new Problem(
          ProblemType.PRECONDITION_REQUIRED,
          "If-Match: * would overwrite whatever changed since you read "
              + resource
              + ": send the ETag you read instead");
    }
    List<Long> versions = new ArrayList<>();
    for (Tag tag : tags(header)) {
      Matcher m = VERSION.matcher(tag.opaque());
      if (!tag.weak() && m.matches()) {
        versions.add(Long.parseLong(m.group(1)));
      }
    }
    if (versions.size() > 1) {
      throw Problem.invalidParameter(
          "If-Match", "If-Match names several versions: send the one ETag you read");
    }
    if (versions.isEmpty()) {
      throw new Problem(
          ProblemType.VERSION_CONFLICT,
          "If-Match "
              + header
              + " is not an ETag of "
              + resource
              + ": read it again and send its ETag");
    }
    return versions.get(0);
  }

  /** Whether {@code If-Match} holds {@code *} or {@code etag} (strong comparison). */
  static boolean matches(String header, String etag) {
    if (header.strip().equals("*")) {
      return true;
    }
    String opaque = opaque(etag);
    return tags(header).stream().anyMatch(t -> !t.weak() && t.opaque().equals(opaque));
  }

  private record Tag(boolean weak, String opaque) {}

  private static List<Tag> tags(String header) {
    List<Tag> tags = new ArrayList<>();
    for (String part : header.split(",")) {
      Matcher m = TAG.matcher(part);
      if (m.matches()) {
        tags.add(new Tag(m.group(1) != null, m.group(2)));
      }
    }
    return tags;
  }

  private static String opaque(String etag) {
    return etag.substring(1, etag.length() - 1);
  }
}
