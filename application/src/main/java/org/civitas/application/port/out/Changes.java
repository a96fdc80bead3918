package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.civitas.application.port.Versioned;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.restructuring.Restructuring;

/**
 * What one change writes: units as first established and commitments, each with the version its
 * writer read ({@link Versioned#NOT_STORED} for one not stored yet), and the restructurings to
 * append to the record. A restructuring is written with every unit it names, so that their versions
 * are checked and moved on with it; all are stored together or not at all.
 */
public record Changes(
    ImmutableList<Write<OrgUnit>> units,
    ImmutableList<Write<Commitment>> commitments,
    ImmutableList<Restructuring> restructurings) {

  /** {@code value} to store in place of the version {@code expectedVersion} its writer read. */
  public record Write<T>(T value, long expectedVersion) {

    public Write {
      if (value == null) {
        throw new IllegalArgumentException("a write holds what to store");
      }
      if (expectedVersion < Versioned.NOT_STORED) {
        throw new IllegalArgumentException(
            "version " + expectedVersion + " is no version: give the one read, or NOT_STORED");
      }
    }
  }

  public static final Changes NONE =
      new Changes(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  public Changes {
    distinct(units, OrgUnit::id, "unit");
    distinct(commitments, Commitment::id, "commitment");
  }

  /** These changes and {@code unit}, read at {@code expectedVersion}. */
  public Changes unit(OrgUnit unit, long expectedVersion) {
    return new Changes(
        ImmutableList.<Write<OrgUnit>>builder()
            .addAll(units)
            .add(new Write<>(unit, expectedVersion))
            .build(),
        commitments,
        restructurings);
  }

  /** These changes and {@code commitment}, read at {@code expectedVersion}. */
  public Changes commitment(Commitment commitment, long expectedVersion) {
    return new Changes(
        units,
        ImmutableList.<Write<Commitment>>builder()
            .addAll(commitments)
            .add(new Write<>(commitment, expectedVersion))
            .build(),
        restructurings);
  }

  /** These changes and {@code restructuring}, appended to the record after those it holds. */
  public Changes restructuring(Restructuring restructuring) {
    return new Changes(
        units,
        commitments,
        ImmutableList.<Restructuring>builder().addAll(restructurings).add(restructuring).build());
  }

  public boolean isEmpty() {
    return units.isEmpty() && commitments.isEmpty() && restructurings.isEmpty();
  }

  private static <T> void distinct(ImmutableList<Write<T>> writes, Function<T, ?> id, String kind) {
    Set<Object> seen = new HashSet<>();
    for (Write<T> write : writes) {
      if (!seen.add(id.apply(write.value()))) {
        throw new IllegalArgumentException(
            "one change writes " + kind + " '" + id.apply(write.value()) + "' twice");
      }
    }
  }
}
