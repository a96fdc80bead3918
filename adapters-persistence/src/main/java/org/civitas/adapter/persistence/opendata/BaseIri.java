package org.civitas.adapter.persistence.opendata;

import java.net.URI;
import java.net.URISyntaxException;
import org.civitas.domain.organization.UnitId;

/**
 * The prefix of every IRI an export mints: {@code urn:civitas:} unless the publisher gives its own,
 * e.g. {@code https://data.example.gov/masspf/}. A unit is {@code PREFIX units/ID}, its posts
 * {@code PREFIX units/ID/posts/N}: the same record gives the same IRIs in every export.
 */
public record BaseIri(String prefix) {

  public static final BaseIri DEFAULT = new BaseIri("urn:civitas:");

  public BaseIri {
    URI uri;
    try {
      uri = new URI(prefix);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "'" + prefix + "' is not an IRI: " + e.getReason() + " at index " + e.getIndex(), e);
    }
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(
          "'" + prefix + "' is not an absolute IRI: begin it with a scheme, e.g. https://");
    }
  }

  /**
   * {@code prefix} as a base: one that does not end with {@code /}, {@code #} or {@code :} gets a
   * {@code /}, so that {@code https://data.example.gov/masspf} names its units {@code
   * https://data.example.gov/masspf/units/ID}.
   *
   * @throws IllegalArgumentException when it is not an absolute IRI
   */
  public static BaseIri of(String prefix) {
    boolean ends = prefix.endsWith("/") || prefix.endsWith("#") || prefix.endsWith(":");
    return new BaseIri(ends ? prefix : prefix + "/");
  }

  /** {@code PREFIX PATH}. */
  public String resolve(String path) {
    return prefix + path;
  }

  public String unit(UnitId unit) {
    return resolve("units/" + unit.value());
  }

  /** The {@code number}th post of {@code unit}, counted from 1 in the order the source lists. */
  public String post(UnitId unit, int number) {
    return unit(unit) + "/posts/" + number;
  }
}
