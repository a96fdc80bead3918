package org.civitas.adapter.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the tables, column for column (see the migrations for what each one holds), and how
 * each is read from a result set.
 *
 * <p>The readers are written out rather than left to Jdbi's {@code ConstructorMapper}, which
 * inspects each record's constructor again for every query (its parameters' annotations, by
 * reflection): on a read of one unit that was a fifth of the time.
 */
final class Rows {

  private Rows() {}

  /** Makes {@code jdbi} read each row type with its reader. */
  static void readWith(Jdbi jdbi) {
    jdbi.registerRowMapper(UnitRow.class, reader(Rows::unit));
    jdbi.registerRowMapper(ParentLinkRow.class, reader(Rows::parentLink));
    jdbi.registerRowMapper(PathRow.class, reader(Rows::path));
    jdbi.registerRowMapper(StrategyRow.class, reader(Rows::strategy));
    jdbi.registerRowMapper(CommitmentRow.class, reader(Rows::commitment));
    jdbi.registerRowMapper(AuditRow.class, reader(Rows::audit));
  }

  private interface Reader<R> {
    R read(ResultSet rs) throws SQLException;
  }

  private static <R> RowMapper<R> reader(Reader<R> reader) {
    return (rs, ctx) -> reader.read(rs);
  }

  static UnitRow unit(ResultSet rs) throws SQLException {
    return new UnitRow(
        rs.getString("id"),
        rs.getInt("position"),
        rs.getLong("version"),
        rs.getString("kind"),
        rs.getString("names"),
        rs.getString("acronym"),
        rs.getString("established"),
        rs.getString("dissolved"),
        rs.getObject("first_day", LocalDate.class),
        rs.getObject("last_day", LocalDate.class),
        rs.getObject("staff", Integer.class),
        rs.getString("territory"),
        rs.getString("posts"),
        rs.getString("mandate"),
        rs.getString("links"));
  }

  private static ParentLinkRow parentLink(ResultSet rs) throws SQLException {
    return new ParentLinkRow(
        rs.getString("unit_id"),
        rs.getInt("position"),
        rs.getString("parent_id"),
        rs.getString("start_date"),
        rs.getString("end_date"),
        rs.getObject("first_day", LocalDate.class),
        rs.getObject("last_day", LocalDate.class));
  }

  /**
   * The parent link read beside a unit's columns (under names of its own where they clash), or
   * empty on the row of a unit without one.
   */
  static Optional<ParentLinkRow> joinedLink(ResultSet rs) throws SQLException {
    String parent = rs.getString("parent_id");
    if (parent == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ParentLinkRow(
            rs.getString("id"),
            rs.getInt("link_position"),
            parent,
            rs.getString("start_date"),
            rs.getString("end_date"),
            rs.getObject("link_first_day", LocalDate.class),
            rs.getObject("link_last_day", LocalDate.class)));
  }

  private static PathRow path(ResultSet rs) throws SQLException {
    return new PathRow(
        rs.getString("unit_id"),
        rs.getString("path"),
        rs.getInt("depth"),
        rs.getObject("first_day", LocalDate.class),
        rs.getObject("last_day", LocalDate.class));
  }

  private static StrategyRow strategy(ResultSet rs) throws SQLException {
    return new StrategyRow(
        rs.getString("id"),
        rs.getInt("position"),
        rs.getLong("version"),
        rs.getString("owner"),
        rs.getString("document"));
  }

  private static CommitmentRow commitment(ResultSet rs) throws SQLException {
    return new CommitmentRow(
        rs.getString("id"),
        rs.getInt("position"),
        rs.getLong("version"),
        rs.getString("lead"),
        rs.getString("document"));
  }

  private static AuditRow audit(ResultSet rs) throws SQLException {
    return new AuditRow(
        rs.getObject("at", OffsetDateTime.class),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("state_before"),
        rs.getString("state_after"),
        rs.getString("note"));
  }

  public record UnitRow(
      String id,
      int position,
      long version,
      String kind,
      String names,
      @Nullable String acronym,
      @Nullable String established,
      @Nullable String dissolved,
      @Nullable LocalDate firstDay,
      @Nullable LocalDate lastDay,
      @Nullable Integer staff,
      @Nullable String territory,
      String posts,
      @Nullable String mandate,
      String links) {}

  public record ParentLinkRow(
      String unitId,
      int position,
      String parentId,
      @Nullable String startDate,
      @Nullable String endDate,
      @Nullable LocalDate firstDay,
      @Nullable LocalDate lastDay) {}

  public record PathRow(
      String unitId,
      String path,
      int depth,
      @Nullable LocalDate firstDay,
      @Nullable LocalDate lastDay) {}

  public record StrategyRow(
      String id, int position, long version, @Nullable String owner, String document) {}

  public record CommitmentRow(
      String id, int position, long version, String lead, String document) {}

  public record AuditRow(
      OffsetDateTime at,
      String actor,
      String action,
      String subject,
      @Nullable String stateBefore,
      @Nullable String stateAfter,
      @Nullable String note) {}
}
