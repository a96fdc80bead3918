package org.civitas.domain.commitment;

import org.civitas.domain.text.Slug;

/** The identifier of a commitment, unique among commitments. */
public record CommitmentId(String value) {

  public CommitmentId {
    Slug.require(value, "commitment id");
  }

  public static CommitmentId of(String value) {
    return new CommitmentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
