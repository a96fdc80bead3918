package org.civitas.adapter.persistence.opendata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The open-data formats the record is published in (docs/open-data.md). */
public enum OpenDataFormat {
  /** The W3C Organization Ontology, as JSON-LD. */
  JSONLD("application/ld+json", ".jsonld"),
  /** Popolo's organizations, posts, persons and memberships, as JSON. */
  POPOLO("application/json", ".popolo.json"),
  /**
   * One row per milestone of each commitment, as an Open Government Partnership plan lists them.
   */
  OGP_CSV("text/csv", ".ogp.csv");

  private final String mediaType;
  private final String extension;

  OpenDataFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** {@code jsonld}, {@code popolo}, {@code ogp-csv}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The media type it is served as, without parameters. */
  public String mediaType() {
    return mediaType;
  }

  /** The end of a file name that announces it, e.g. {@code .popolo.json}. */
  public String extension() {
    return extension;
  }

  public static Optional<OpenDataFormat> fromCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
  }
}
